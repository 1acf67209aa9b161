package org.cctvportal.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the portal reaches Keycloak to manage the partners' people ({@code portal.people.*}). */
@ConfigMapping(prefix = "portal.people")
public interface PeopleConfig {

    /** Keycloak's address without the realm, e.g. https://id.example.org (the Admin REST API lives under it). */
    String keycloakUrl();

    /** The realm whose users the portal manages. */
    @WithDefault("cctv-portal")
    String realm();

    /** How long the invitation's "set your password" link stays valid. */
    @WithDefault("72h")
    Duration invitationLifespan();

    /** How often the accounts of withdrawn partners' people that Keycloak has not yet disabled are tried again. */
    @WithDefault("1m")
    Duration disableRetryEvery();
}
