package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchQueries;
import org.cctvportal.platform.search.SearchTerm;

/**
 * The sites the caller sees whose name holds the term: its own partner's, or for the PCC office every partner's of the
 * partnership. Another partner's site leads to the partnership's camera list narrowed to the site's name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteHits implements SearchHits {

    static final Kind KIND = new Kind("site", "Sites", 20);

    static final String FROM = "from Site x where lower(x.name) like :q escape '\\'";

    @Inject
    EstateSearchScope scope;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public long count(SearchTerm term) {
        return scope.read(reach -> SearchQueries.count(FROM + reach.condition(), reach.params(term)));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return scope.read(reach -> SearchQueries.page(Site.class, FROM + reach.condition(), reach.params(term),
                "lower(x.name), x.id", offset, limit, s -> new SearchHit(KIND.key(), s.id, s.name, s.kind.label(),
                        s.postcode == null ? "" : s.postcode, reach.own(s.partnerId) ? EstateLinks.site(s.id)
                                : EstateLinks.partnerCamerasWith(s.partnerId, "q", s.name),
                        s.partnerId, reach.name(s.partnerId))));
    }
}
