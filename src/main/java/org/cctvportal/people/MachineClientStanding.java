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
import java.time.Instant;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.RefusedException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A machine client's token is honoured only while the portal's record of that client is active: its record is read on
 * every request by the token's authorised party (one indexed row, under the client's own partner's row-level
 * security), so a revoked client is refused at once although its token is still valid for a few minutes. The read
 * also records the client's last use, written at most once per {@code portal.machine-clients.last-use-every}.
 */
@ApplicationScoped
public class MachineClientStanding {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantContext tenant;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MachineClientConfig config;

    @Inject
    Clock clock;

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 5)
    public void refuseRevoked() {
        if (!MachineClientAccess.isMachineClient(identity) || !tenant.hasPartner()) {
            return;
        }
        if (!activeAndSeen(MachineClientAccess.azp(identity))) {
            throw new RefusedException("This machine client has been revoked",
                    "The machine client this token was issued to has been revoked by its partner, or was never"
                            + " finished, so its tokens are no longer accepted.");
        }
    }

    private boolean activeAndSeen(String clientId) {
        try (Connection connection = dataSource.getConnection()) {
            Instant lastUsed;
            try (PreparedStatement query = connection.prepareStatement(
                    "select state, last_used_at from machine_client where client_id = ?")) {
                query.setString(1, clientId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || !MachineClient.State.ACTIVE.name().equals(row.getString(1))) {
                        return false;
                    }
                    Timestamp at = row.getTimestamp(2);
                    lastUsed = at == null ? null : at.toInstant();
                }
            }
            Instant now = clock.instant();
            if (lastUsed == null || lastUsed.plus(config.lastUseEvery()).isBefore(now)) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update machine_client set last_used_at = ? where client_id = ? and state = 'ACTIVE'")) {
                    update.setTimestamp(1, Timestamp.from(now));
                    update.setString(2, clientId);
                    update.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the standing of the calling machine client", e);
        }
    }
}
