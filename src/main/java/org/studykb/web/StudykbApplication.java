package org.studykb.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application behind {@code serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StudykbApplication {
    public static void main(String[] args) {
        SpringApplication.run(StudykbApplication.class, args);
    }
}
