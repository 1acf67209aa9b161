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
 * The recorders and servers the caller sees whose name holds the term: its own partner's, or for the PCC office every
 * partner's of the partnership. Another partner's recorder leads to the partnership's camera list at its site.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecorderHits implements SearchHits {

    static final Kind KIND = new Kind("recorder", "Recorders and servers", 30);

    static final String WHERE = " where lower(x.name) like :q escape '\\'";

    @Inject
    EstateSearchScope scope;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public long count(SearchTerm term) {
        return scope.read(reach -> SearchQueries.count("from Recorder x" + WHERE + reach.condition(),
                reach.params(term)));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return scope.read(reach -> SearchQueries.page(Recorder.class, "from Recorder x join fetch x.site" + WHERE
                + reach.condition(), reach.params(term), "lower(x.name), x.id", offset, limit,
                r -> new SearchHit(KIND.key(), r.id, r.name, r.kind.label(), r.site.name,
                        reach.own(r.partnerId) ? EstateLinks.recorder(r.id)
                                : EstateLinks.partnerCamerasWith(r.partnerId, "q", r.site.name),
                        r.partnerId, reach.name(r.partnerId))));
    }
}
