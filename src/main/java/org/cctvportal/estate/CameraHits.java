package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchQueries;
import org.cctvportal.platform.search.SearchTerm;

/** The caller's cameras whose asset tag holds the term (a trigram index on the tag keeps it fast). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CameraHits implements SearchHits {

    static final Kind KIND = new Kind("camera", "Cameras", 10);

    static final String WHERE = " where lower(x.assetTag) like :q escape '\\'";

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public long count(SearchTerm term) {
        return SearchQueries.count("from Camera x" + WHERE, Map.of("q", term.like()));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return SearchQueries.page(Camera.class, "from Camera x join fetch x.site" + WHERE, Map.of("q", term.like()),
                "lower(x.assetTag), x.id", offset, limit, c -> new SearchHit(KIND.key(), c.id, c.assetTag,
                        c.model == null ? "" : c.model, c.site.name + " · " + c.status.label(),
                        EstateLinks.camera(c.id)));
    }
}
