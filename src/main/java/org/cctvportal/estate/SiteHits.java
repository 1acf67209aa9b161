package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchQueries;
import org.cctvportal.platform.search.SearchTerm;

/** The caller's sites whose name holds the term. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteHits implements SearchHits {

    static final Kind KIND = new Kind("site", "Sites", 20);

    static final String FROM = "from Site x where lower(x.name) like :q escape '\\'";

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public long count(SearchTerm term) {
        return SearchQueries.count(FROM, Map.of("q", term.like()));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return SearchQueries.page(Site.class, FROM, Map.of("q", term.like()), "lower(x.name), x.id", offset, limit,
                s -> new SearchHit(KIND.key(), s.id, s.name, s.kind.label(), s.postcode == null ? "" : s.postcode,
                        EstateLinks.site(s.id)));
    }
}
