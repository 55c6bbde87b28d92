package org.studykb.web;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: field names in Chinese and who is using it. */
@ControllerAdvice
class PageAttributes {
    private final CurrentUser user;

    PageAttributes(CurrentUser user) {
        this.user = user;
    }

    @ModelAttribute("labels")
    Map<String, String> labels() {
        return Labels.FIELDS;
    }

    @ModelAttribute("user")
    String user() {
        return user.name();
    }
}
