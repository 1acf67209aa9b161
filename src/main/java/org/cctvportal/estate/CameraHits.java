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
 * The cameras the caller sees whose asset tag holds the term (a trigram index on the tag keeps it fast): its own
 * partner's, or for the PCC office every partner's of the partnership ({@link EstateSearchScope}). Another partner's
 * camera leads to the partnership's camera list narrowed to it, the page the PCC office reads it on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CameraHits implements SearchHits {

    static final Kind KIND = new Kind("camera", "Cameras", 10);

    static final String WHERE = " where lower(x.assetTag) like :q escape '\\'";

    @Inject
    EstateSearchScope scope;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public long count(SearchTerm term) {
        return scope.read(reach -> SearchQueries.count("from Camera x" + WHERE + reach.condition(),
                reach.params(term)));
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        return scope.read(reach -> SearchQueries.page(Camera.class, "from Camera x join fetch x.site" + WHERE
                + reach.condition(), reach.params(term), "lower(x.assetTag), x.id", offset, limit,
                c -> new SearchHit(KIND.key(), c.id, c.assetTag, c.model == null ? "" : c.model,
                        c.site.name + " · " + c.status.label(), reach.own(c.partnerId) ? EstateLinks.camera(c.id)
                                : EstateLinks.partnerCamerasWith(c.partnerId, "q", c.assetTag),
                        c.partnerId, reach.name(c.partnerId))));
    }
}
