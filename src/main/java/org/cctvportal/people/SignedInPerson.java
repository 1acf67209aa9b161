package org.cctvportal.people;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The signed-in person's record as {@link PersonStanding} read it at the start of this request (one indexed row,
 * under the caller's own row-level security), so the page's header (their name, their unread notifications) reads it
 * from here rather than from the database again. Empty when the request was not checked (no partner, no subject, a
 * route outside the REST layer) or the portal holds no record of the account: {@link PersonDirectory} then reads it.
 */
@RequestScoped
class SignedInPerson {

    private PersonRef person;

    void read(PersonRef person) {
        this.person = person;
    }

    Optional<PersonRef> asRead() {
        return Optional.ofNullable(person);
    }
}
