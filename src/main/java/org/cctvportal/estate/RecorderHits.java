package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchQueries;
import org.cctvportal.platform.search.SearchTerm;

/** The caller's recorders and servers whose name holds the term. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecorderHits implements SearchHits {

    static final Kind KIND = new Kind("recorder", "Recorders and servers", 30);

    static final String WHERE = " where lower(x.name) like :q escape '\\'";

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public long count(SearchTerm term) {
        return SearchQueries.count("from Recorder x" + WHERE, Map.of("q", term.like()));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return SearchQueries.page(Recorder.class, "from Recorder x join fetch x.site" + WHERE,
                Map.of("q", term.like()), "lower(x.name), x.id", offset, limit, r -> new SearchHit(KIND.key(), r.id,
                        r.name, r.kind.label(), r.site.name, EstateLinks.recorder(r.id)));
    }
}
