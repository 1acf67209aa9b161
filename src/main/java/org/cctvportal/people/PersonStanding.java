package org.cctvportal.people;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.RefusedException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A deactivated person is refused on their very next request, page or API, although the token in their session
 * cookie (or their bearer token) is still valid for a few minutes: their record is read on every request, by the
 * token's subject (one indexed row, under the caller's own row-level security). An invited person's first request
 * marks them active. People the portal has no record of (accounts made outside it) are left to their token.
 */
@ApplicationScoped
public class PersonStanding {

    @Inject
    jakarta.enterprise.event.Event<InvitationAccepted> accepted;

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantContext tenant;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    SignedInPerson signedIn;

    /** After the partner's standing (partner feature), so a withdrawn partner's people are told that first. */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 10)
    public void refuseDeactivated() {
        if (identity.isAnonymous() || !tenant.hasPartner()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getSubject() == null) {
            return;
        }
        PersonState state = stateOf(jwt.getSubject());
        if (state == PersonState.DEACTIVATED) {
            throw new RefusedException("Your account has been deactivated",
                    "Your account has been deactivated by your organisation, so you can no longer use the portal."
                            + " If you think this is a mistake, ask your organisation's partner manager.");
        }
    }

    private PersonState stateOf(String subject) {
        try (Connection connection = dataSource.getConnection()) {
            PersonState state = null;
            try (PreparedStatement query = connection.prepareStatement(
                    "select state, id, partner_id, email, first_name, last_name, roles, invitation_sent"
                            + " from person where keycloak_id = ?")) {
                query.setString(1, subject);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        state = PersonState.valueOf(row.getString(1));
                        String roles = row.getString(7);
                        // The header reads the person from here: their id and name, which this request's check
                        // does not change (an invited person's first request changes only their state).
                        signedIn.read(new PersonRef(row.getObject(2, UUID.class), row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6), roles == null
                                        || roles.isBlank() ? List.of() : List.of(roles.split(",")),
                                state, row.getBoolean(8)));
                    }
                }
            }
            if (state == PersonState.INVITED) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update person set state = 'ACTIVE', updated_at = ?, version = version + 1"
                                + " where keycloak_id = ? and state = 'INVITED'")) {
                    update.setTimestamp(1, Timestamp.from(clock.instant()));
                    update.setString(2, subject);
                    if (update.executeUpdate() == 1) {
                        accepted.fire(new InvitationAccepted(subject));
                    }
                }
            }
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the standing of the signed-in person", e);
        }
    }
}
