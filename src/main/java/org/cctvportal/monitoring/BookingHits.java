package org.cctvportal.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchQueries;
import org.cctvportal.platform.search.SearchTerm;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Bookings by reference (MB-1250) or camera group, for those who see them: a partner's managers and viewers its own
 * partner's; a hub's supervisors and operators every partner's booking at the hubs their partner runs, as their
 * approvals queue and booking pages show them, through {@link CrossPartnerPath#HUB_BOOKINGS}. The hubs are named in
 * the query, so the database's policies are a bound, not the filter.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookingHits implements SearchHits {

    static final Kind KIND = new Kind("booking", "Monitoring bookings", 40);

    @Inject
    SecurityIdentity identity;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    HubService hubs;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public boolean offeredTo(SecurityIdentity caller) {
        return ownBookings(caller) || hubStaff(caller);
    }

    @Override
    public long count(SearchTerm term) {
        return read(names -> SearchQueries.count(from(term), params(term)));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return read(names -> SearchQueries.page(Booking.class, from(term), params(term),
                "x.requestedAt desc, x.id desc", offset, limit, b -> new SearchHit(KIND.key(), b.id, b.reference(),
                        b.cameraGroup, b.status.label() + " · " + b.cameras + " cameras",
                        MonitoringLinks.booking(b.id), b.partnerId, names.getOrDefault(b.partnerId, b.partnerId))));
    }

    private static boolean ownBookings(SecurityIdentity caller) {
        return caller.hasRole(Roles.PARTNER_MANAGER) || caller.hasRole(Roles.PARTNER_VIEWER);
    }

    private static boolean hubStaff(SecurityIdentity caller) {
        return caller.hasRole(Roles.HUB_SUPERVISOR) || caller.hasRole(Roles.OPERATOR);
    }

    /** The work with the partners' names it may show: across the hubs' partners for hub staff, else the caller's own. */
    private <T> T read(Function<Map<String, String>, T> work) {
        if (hubStaff(identity)) {
            return crossPartner.read(CrossPartnerPath.HUB_BOOKINGS, () -> work.apply(hubs.partnerNames()));
        }
        return work.apply(hubs.partnerNames());
    }

    private String from(SearchTerm term) {
        String whose = !hubStaff(identity) ? ""
                : " and (x.hubId in (select h.id from Hub h where h.operatorPartnerId = :own)"
                        + (ownBookings(identity) ? " or x.partnerId = :own)" : ")");
        return "from Booking x where (lower(x.cameraGroup) like :q escape '\\'"
                + (term.reference("MB") == null ? "" : " or x.id = :id") + ")" + whose;
    }

    private Map<String, Object> params(SearchTerm term) {
        Map<String, Object> params = new HashMap<>(Map.of("q", term.like()));
        Long id = term.reference("MB");
        if (id != null) {
            params.put("id", id);
        }
        if (hubStaff(identity)) {
            params.put("own", tenant.requirePartner());
        }
        return params;
    }
}
