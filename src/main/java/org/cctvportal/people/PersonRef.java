package org.cctvportal.people;

import java.util.List;
import java.util.UUID;

/** A person as other features see them (the service operator's console lists a partnership's admins so). */
public record PersonRef(UUID id, String partnerId, String email, String firstName, String lastName,
        List<String> roles, PersonState state, boolean invitationSent) {

    public static PersonRef of(Person p) {
        return new PersonRef(p.id, p.partnerId, p.email, p.firstName, p.lastName, List.copyOf(p.roles()), p.state,
                p.invitationSent);
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
