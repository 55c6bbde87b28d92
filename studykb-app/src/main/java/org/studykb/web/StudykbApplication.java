package org.studykb.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.studykb.store.StoreDatabase;

/** The Spring Boot application behind {@code serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StudykbApplication {
    static {
        StoreDatabase.localServerOnly();
    }

    public static void main(String[] args) {
        SpringApplication.run(StudykbApplication.class, args);
    }
}
