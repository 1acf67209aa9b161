package org.cctvportal.people;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * An invitation or a change of roles as sent by the form or the API, parsed in one place: into an {@link Invite}, a
 * list of roles, or field errors (an unknown role, a role the sender may not grant, a malformed e-mail address).
 */
public class PersonForm {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @FormParam("partner") public String partner;
    @FormParam("email") public String email;
    @FormParam("firstName") public String firstName;
    @FormParam("lastName") public String lastName;
    @FormParam("roles") public List<String> roles = new ArrayList<>();

    /** What an invitation asks for, checked. */
    public record Invite(String email, String firstName, String lastName, List<String> roles) {
    }

    static PersonForm of(JsonNode body) {
        PersonForm form = new PersonForm();
        if (body == null || !body.isObject()) {
            return form;
        }
        form.partner = text(body, "partner");
        form.email = text(body, "email");
        form.firstName = text(body, "firstName");
        form.lastName = text(body, "lastName");
        body.path("roles").forEach(role -> form.roles.add(role.asText()));
        return form;
    }

    /** The invitation, or {@link InvalidInputException} naming every bad field. */
    Invite toInvite(Set<String> grantable, String partnerName) {
        FormErrors errors = new FormErrors();
        checkPerson(errors);
        List<String> chosen = toRoles(grantable, partnerName, errors);
        errors.throwIfAny();
        return new Invite(address(), firstName.strip(), lastName.strip(), chosen);
    }

    /**
     * Adds a message for each of the e-mail address and names that is missing or malformed, so a form that invites a
     * person among other things (opening a partnership with its first admin) says so before anything is made.
     */
    public void checkPerson(FormErrors errors) {
        String address = address();
        if (address.isEmpty()) {
            errors.add("email", "Enter the person's e-mail address");
        } else if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            errors.add("email", "Enter an e-mail address in the correct format, like name@example.org");
        }
        name(firstName, "firstName", "first name", errors);
        name(lastName, "lastName", "last name", errors);
    }

    /** The e-mail address as it is kept: trimmed, lower case. */
    public String address() {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The roles alone (a change of roles), or {@link InvalidInputException}. */
    List<String> toRoles(Set<String> grantable, String partnerName) {
        FormErrors errors = new FormErrors();
        List<String> chosen = toRoles(grantable, partnerName, errors);
        errors.throwIfAny();
        return chosen;
    }

    private List<String> toRoles(Set<String> grantable, String partnerName, FormErrors errors) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String role : roles) {
            if (!RoleGrants.ALL.contains(role)) {
                errors.add("roles", "There is no role called " + role);
            } else if (!grantable.contains(role)) {
                errors.add("roles", "You cannot give the role " + RoleGrants.label(role) + " to a person at "
                        + partnerName);
            } else {
                chosen.add(role);
            }
        }
        if (roles.isEmpty()) {
            errors.add("roles", "Choose at least one role");
        }
        return RoleGrants.ALL.stream().filter(chosen::contains).toList();
    }

    private static String name(String value, String field, String label, FormErrors errors) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            errors.add(field, "Enter the person's " + label);
        } else if (name.length() > 100) {
            errors.add(field, "The " + label + " must be 100 characters or fewer");
        }
        return name;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
