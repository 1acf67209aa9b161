package org.cctvportal.service;

import jakarta.ws.rs.FormParam;
import org.cctvportal.people.PersonForm;
import org.cctvportal.platform.web.FormErrors;

/**
 * Opening a partnership as sent by the form or the API (its typed body copied in): its name and region, its PCC
 * office's name, and its first partnership admin (first name, last name, e-mail address: the people feature's own
 * checks). Parsed in one place into an {@link Opening} or field errors.
 */
public class OpenForm {

    @FormParam("name") public String name;
    @FormParam("region") public String region;
    @FormParam("officeName") public String officeName;
    @FormParam("firstName") public String firstName;
    @FormParam("lastName") public String lastName;
    @FormParam("email") public String email;

    /** What the form asks for, checked (the first admin as the people feature's form). */
    public record Opening(String name, String region, String officeName, PersonForm admin) {
    }

    /** The opening, with every field's problem added to {@code errors} (null when there is any). */
    Opening check(FormErrors errors) {
        String partnership = required(name, "name", "the partnership's name", errors);
        String area = required(region, "region", "the region it covers", errors);
        String office = required(officeName, "officeName", "the name of its PCC office", errors);
        PersonForm admin = new PersonForm();
        admin.email = email;
        admin.firstName = firstName;
        admin.lastName = lastName;
        admin.checkPerson(errors);
        return errors.isEmpty() ? new Opening(partnership, area, office, admin) : null;
    }

    private static String required(String value, String field, String what, FormErrors errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(field, "Enter " + what);
        } else if (text.length() > 200) {
            errors.add(field, "Enter " + what + " in 200 characters or fewer");
        }
        return text;
    }
}
