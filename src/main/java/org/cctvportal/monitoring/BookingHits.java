package org.cctvportal.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchQueries;
import org.cctvportal.platform.search.SearchTerm;
import org.cctvportal.platform.security.Roles;

/** The caller's partner's bookings by reference (MB-1250) or camera group, for those who see its bookings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookingHits implements SearchHits {

    static final Kind KIND = new Kind("booking", "Monitoring bookings", 40);

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public boolean offeredTo(SecurityIdentity caller) {
        return caller.hasRole(Roles.PARTNER_MANAGER) || caller.hasRole(Roles.PARTNER_VIEWER);
    }

    @Override
    public long count(SearchTerm term) {
        return SearchQueries.count(from(term), params(term));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return SearchQueries.page(Booking.class, from(term), params(term), "x.requestedAt desc, x.id desc", offset,
                limit, b -> new SearchHit(KIND.key(), b.id, b.reference(), b.cameraGroup,
                        b.status.label() + " · " + b.cameras + " cameras", MonitoringLinks.booking(b.id)));
    }

    private static String from(SearchTerm term) {
        return "from Booking x where (lower(x.cameraGroup) like :q escape '\\'"
                + (term.reference("MB") == null ? "" : " or x.id = :id") + ")";
    }

    private static Map<String, Object> params(SearchTerm term) {
        Map<String, Object> params = new HashMap<>(Map.of("q", term.like()));
        Long id = term.reference("MB");
        if (id != null) {
            params.put("id", id);
        }
        return params;
    }
}
