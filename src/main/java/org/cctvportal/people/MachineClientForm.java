package org.cctvportal.people;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * A machine client as the form or the API asks for it, parsed in one place into a {@link Request} or field errors: a
 * name, and roles its partner may hold that the caller may give, a footage role only where the partnership allows it.
 */
public class MachineClientForm {

    /** The roles that reach footage or the control room: a machine client holds one only if its partnership allows. */
    public static final Set<String> FOOTAGE_ROLES = Set.of(Roles.HUB_SUPERVISOR, Roles.OPERATOR,
            Roles.EVIDENCE_OFFICER);

    @FormParam("name") public String name;
    @FormParam("roles") public List<String> roles = new ArrayList<>();

    /** What a registration asks for, checked. */
    public record Request(String name, List<String> roles) {
    }

    static MachineClientForm of(JsonNode body) {
        MachineClientForm form = new MachineClientForm();
        if (body != null && body.isObject()) {
            JsonNode name = body.get("name");
            form.name = name == null || name.isNull() ? null : name.asText();
            body.path("roles").forEach(role -> form.roles.add(role.asText()));
        }
        return form;
    }

    /** The request, or {@link InvalidInputException} naming every bad field. */
    Request toRequest(Set<String> grantable, boolean footageAllowed, String partnerName) {
        FormErrors errors = new FormErrors();
        String named = name == null ? "" : name.strip();
        if (named.isEmpty()) {
            errors.add("name", "Enter a name for the system that will use this client");
        } else if (named.length() > 100) {
            errors.add("name", "The name must be 100 characters or fewer");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String role : roles) {
            if (!RoleGrants.ALL.contains(role)) {
                errors.add("roles", "There is no role called " + role);
            } else if (!grantable.contains(role)) {
                errors.add("roles", "You cannot give the role " + RoleGrants.label(role) + " at " + partnerName);
            } else if (FOOTAGE_ROLES.contains(role) && !footageAllowed) {
                errors.add("roles", "Your partnership does not allow machine clients the role "
                        + RoleGrants.label(role) + ", which reaches footage: ask your partnership admin");
            } else {
                chosen.add(role);
            }
        }
        if (roles.isEmpty()) {
            errors.add("roles", "Choose at least one role");
        }
        errors.throwIfAny();
        return new Request(named, RoleGrants.ALL.stream().filter(chosen::contains).toList());
    }
}
