package org.studykb.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.studykb.web.security.CurrentUser;

/** What every page shows: field names in Chinese and who is using it. */
@ControllerAdvice
class PageAttributes {
    private final CurrentUser user;
    private final PageWords words;

    PageAttributes(CurrentUser user, ObjectProvider<StudykbProperties> properties) {
        this.user = user;
        StudykbProperties bound = properties.getIfAvailable();
        this.words = new PageWords(bound == null ? PageWords.DEFAULT_ZONE : bound.timeZone());
    }

    @ModelAttribute("words")
    PageWords words() {
        return words;
    }

    @ModelAttribute("labels")
    Map<String, String> labels() {
        return Labels.FIELDS;
    }

    @ModelAttribute("user")
    String user() {
        return user.name();
    }

    /** The permissions of the user, by name, so pages show only what the user may do. */
    @ModelAttribute("can")
    Set<String> can() {
        Set<String> can = new TreeSet<>();
        user.roles().forEach(r -> r.permissions().forEach(p -> can.add(p.name())));
        return can;
    }
}
