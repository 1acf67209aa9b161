package org.cctvportal.people;

/** Keycloak has the account but its mail server did not take the invitation e-mail. */
class InvitationNotSent extends RuntimeException {

    InvitationNotSent() {
        super("The invitation e-mail was not sent");
    }
}
