package org.cctvportal.partner;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.RefusedException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A partner's phase has effects, enforced here, once, for every page and API route: the people of a proposed partner
 * (not yet admitted to work) and of a withdrawn partner are refused everywhere (they can still sign out); the people
 * of a suspended partner read but change nothing. What an onboarding partner may not do yet (book monitoring, share
 * or receive evidence) is asked by those paths through {@link #requireLive}. The people of a partnership the service
 * operator has suspended read but change nothing, whatever their partner's phase. The status is read from the
 * caller's own partner row (with its partnership's) and kept briefly per partner; a governed change forgets it at once
 * on this instance, and other instances see it within {@code portal.partners.standing-cache}.
 */
@ApplicationScoped
public class PartnerStanding {

    static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    /** A partner's phase, and whether the service operator has suspended its whole partnership. */
    record Standing(PartnerStatus status, boolean partnershipSuspended) {
    }

    private record Held(Standing standing, Instant until) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    @Inject
    TenantContext tenant;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PartnerConfig config;

    @ServerRequestFilter
    public void refuseByStanding(ContainerRequestContext request) {
        if (!tenant.hasPartner()) {
            return;
        }
        Standing standing = standingOf(tenant.partnerId());
        PartnerStatus status = standing.status();
        if (status == PartnerStatus.WITHDRAWN) {
            throw new RefusedException("Your organisation has been withdrawn",
                    "Your organisation has been withdrawn from the partnership, so its people can no longer use the"
                            + " portal.");
        }
        if (status == PartnerStatus.PROPOSED) {
            throw new RefusedException("Your organisation is not yet onboarding",
                    "Your organisation is proposed for the partnership: its people can use the portal once the"
                            + " partnership's PCC office starts its onboarding.");
        }
        if (status == PartnerStatus.SUSPENDED && !READING.contains(request.getMethod())) {
            throw new RefusedException("Your organisation is suspended",
                    "Your organisation is suspended from the partnership: you can read its records, but nothing can"
                            + " be changed until the partnership's PCC office lifts the suspension.");
        }
        if (standing.partnershipSuspended() && !READING.contains(request.getMethod())) {
            throw partnershipSuspended();
        }
    }

    /**
     * Refuses, with a message naming {@code what} (such as "book monitoring"), when the caller's partner is not live:
     * an onboarding partner builds its estate, findings and rota, but books and shares nothing until it goes live.
     */
    public void requireLive(String what) {
        Standing standing = standingOf(tenant.requirePartner());
        if (standing.partnershipSuspended()) {
            throw partnershipSuspended();
        }
        PartnerStatus status = standing.status();
        if (status != PartnerStatus.LIVE) {
            throw new RefusedException("Your organisation is not live yet",
                    "Your organisation is " + (status == null ? "not registered" : status.label().toLowerCase())
                            + " in the partnership, so it cannot " + what + " until the partnership's PCC office"
                            + " sets it live.");
        }
    }

    /** Forgets a partner's status, so the next request reads it again. */
    public void forget(String partnerId) {
        held.remove(partnerId);
    }

    /** Forgets every partner's standing: a partnership was suspended or reopened. */
    public void forgetAll() {
        held.clear();
    }

    private static RefusedException partnershipSuspended() {
        return new RefusedException("Your partnership is suspended",
                "Your partnership is suspended by the service that runs the portal: you can read its records, but"
                        + " nothing can be changed until the service reopens it.");
    }

    private Standing standingOf(String partnerId) {
        Instant now = Instant.now(); // how long a cached value lives is measured in real time, not the portal's clock
        Held known = held.get(partnerId);
        if (known != null && now.isBefore(known.until())) {
            return known.standing();
        }
        Standing standing = read(partnerId);
        held.put(partnerId, new Held(standing, now.plus(config.standingCache())));
        return standing;
    }

    /** Under the caller's own row-level security: the connection carries the caller's partner and partnership. */
    private Standing read(String partnerId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select p.status, s.status from partner p"
                        + " left join partnership s on s.id = p.partnership_id where p.id = ?")) {
            query.setString(1, partnerId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Standing(PartnerStatus.valueOf(row.getString(1)),
                        "SUSPENDED".equals(row.getString(2))) : new Standing(null, false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the standing of partner " + partnerId, e);
        }
    }
}
