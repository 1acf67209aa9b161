package org.cctvportal.evidence;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchTerm;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.web.Formats;

/**
 * Evidence items for the search box, found through {@link EvidenceService}: only what the vault lets the caller reach
 * (its own, its captures, live shares), and an auditor's hit leads to the custody log, as the vault allows.
 */
@ApplicationScoped
public class EvidenceHits implements SearchHits {

    static final Kind KIND = new Kind("evidence", "Evidence items", 50);

    /** The most matches read per search before the vault's checks; a term this broad is better narrowed. */
    static final int MOST = 1000;

    @Inject
    EvidenceService evidence;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public boolean offeredTo(SecurityIdentity caller) {
        return CrossPartnerPath.EVIDENCE_CUSTODY.roles().stream().anyMatch(caller::hasRole);
    }

    @Override
    public long count(SearchTerm term) {
        return evidence.matching(term, MOST).size();
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        List<EvidenceService.Reached> found = evidence.matching(term, MOST);
        return found.subList(Math.min(offset, found.size()), Math.min(found.size(), offset + limit)).stream()
                .map(r -> hit(r.item(), r.reach())).toList();
    }

    private SearchHit hit(EvidenceItem item, Reach reach) {
        String detail = (item.policeReference == null ? "" : item.policeReference + " · ")
                + Formats.when(item.incidentStart);
        return new SearchHit(KIND.key(), item.id, item.reference(), item.title, detail, reach.seesFiles()
                ? EvidenceLinks.evidenceItem(item.id) : EvidenceLinks.evidenceAction(item.id, "custody"));
    }
}
