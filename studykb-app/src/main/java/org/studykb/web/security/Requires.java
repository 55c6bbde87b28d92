package org.studykb.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.studykb.access.Permission;

/**
 * The permission a handler needs. Every handler that changes something carries one (a test checks it), so
 * the login work of issue 6 can enforce the roles from these annotations, in one place.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    Permission value();
}
