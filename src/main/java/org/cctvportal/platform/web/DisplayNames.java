package org.cctvportal.platform.web;

import java.util.Optional;

/**
 * Where the signed-in person's name is kept, for the page header: implemented by the feature that keeps people, so
 * the header, the rota and every list show one name from one place. Empty when the portal holds no record of them
 * (the header then shows the account's own name).
 */
public interface DisplayNames {

    Optional<String> signedIn();
}
