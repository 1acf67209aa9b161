package org.cctvportal.evidence;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.search.SearchHit;
import org.cctvportal.platform.search.SearchHits;
import org.cctvportal.platform.search.SearchTerm;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.web.Formats;

/**
 * Evidence items for the search box, found through {@link EvidenceService}: only what the vault lets the caller reach
 * (its own, its captures, live shares), and an auditor's hit leads to the custody log, as the vault allows. Kept for
 * the request, so a search's count and its page read the vault once.
 */
@RequestScoped
public class EvidenceHits implements SearchHits {

    static final Kind KIND = new Kind("evidence", "Evidence items", 50);

    /** The most matches read per search before the vault's checks; a term this broad is better narrowed. */
    static final int MOST = 1000;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidencePartners partners;

    private SearchTerm read;
    private List<EvidenceService.Reached> found;
    private Map<String, String> names;

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
        return matching(term).size();
    }

    @Override
    public List<SearchHit> hits(SearchTerm term, int offset, int limit) {
        List<EvidenceService.Reached> reached = matching(term);
        List<EvidenceService.Reached> shown = reached.subList(Math.min(offset, reached.size()),
                Math.min(reached.size(), offset + limit));
        if (!shown.isEmpty() && names == null) {
            names = partners.vaultPartnerNames();
        }
        return shown.stream().map(r -> hit(r.item(), r.reach())).toList();
    }

    private List<EvidenceService.Reached> matching(SearchTerm term) {
        if (!term.equals(read)) {
            found = evidence.matching(term, MOST);
            read = term;
        }
        return found;
    }

    private SearchHit hit(EvidenceItem item, Reach reach) {
        String detail = (item.policeReference == null ? "" : item.policeReference + " · ")
                + Formats.when(item.incidentStart);
        return new SearchHit(KIND.key(), item.id, item.reference(), item.title, detail, reach.seesFiles()
                ? EvidenceLinks.evidenceItem(item.id) : EvidenceLinks.evidenceAction(item.id, "custody"),
                item.partnerId, names.getOrDefault(item.partnerId, item.partnerId));
    }
}
