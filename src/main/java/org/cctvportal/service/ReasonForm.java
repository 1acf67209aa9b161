package org.cctvportal.service;

import jakarta.ws.rs.FormParam;
import org.cctvportal.platform.web.FormErrors;

/** The reason given for suspending or reopening a partnership, as the form or the API sends it. */
public class ReasonForm {

    @FormParam("reason") public String reason;

    /** The reason, or field errors thrown when it is missing or too long. */
    String check(String what) {
        String text = reason == null ? "" : reason.strip();
        FormErrors errors = new FormErrors();
        if (text.isEmpty()) {
            errors.add("reason", "Enter the reason for " + what + " the partnership");
        } else if (text.length() > 500) {
            errors.add("reason", "Enter the reason in 500 characters or fewer");
        }
        errors.throwIfAny();
        return text;
    }
}
