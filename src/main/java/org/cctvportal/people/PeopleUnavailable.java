package org.cctvportal.people;

import org.cctvportal.platform.web.UnavailableException;

/** Keycloak could not be reached or did not answer: nothing it was asked to do can be assumed done. */
public class PeopleUnavailable extends UnavailableException {

    public PeopleUnavailable(String detail) {
        super("Keycloak cannot be reached",
                "The sign-in service (Keycloak) cannot be reached just now, so nothing was changed there. Try again in"
                        + " a few minutes: the portal finishes what it started.", detail);
    }
}
