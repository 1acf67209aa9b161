package org.cctvportal.assurance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The PCC dashboard's assurance panel in one call: open switch-off notices (how many, and the newest), each partner's
 * code-of-practice self-assessment, overdue subject access requests and DPIA reviews due. Rendered by the template
 * fragment {@code AssurancePages/summary.html}, which any page holding a {@code summary} can include.
 */
@ApplicationScoped
public class AssuranceSummary {

    static final int NEWEST = 5;

    @Inject
    SwitchOffNoticeService notices;

    @Inject
    CodeOfPracticeService codeOfPractice;

    @Inject
    DpiaService dpias;

    @Inject
    DisclosureService disclosures;

    /** Everything the panel shows. */
    public record Summary(long openNotices, List<SwitchOffNoticeService.Row> newestOpen,
            List<CodeOfPracticeService.PartnerSummary> codeOfPractice,
            List<DisclosureService.OverdueRequest> overdueRequests, List<DpiaService.PartnerSummary> dpiaReviews) {
        public long dpiasOverdue() {
            return dpiaReviews.stream().mapToLong(DpiaService.PartnerSummary::overdue).sum();
        }

        public long dpiasDueSoon() {
            return dpiaReviews.stream().mapToLong(DpiaService.PartnerSummary::dueSoon).sum();
        }
    }

    /** The caller's own partner's open subject access requests past their deadline, for its dashboard. */
    public long overdueOwnRequests() {
        java.time.LocalDate today = disclosures.today();
        return disclosures.requests().stream().filter(r -> r.overdueOn(today)).count();
    }

    /** For the PCC office (partnership admin, PCC analyst): figures and names, never an item or footage. */
    public Summary forPcc() {
        SwitchOffNoticeService.Open open = notices.open(NEWEST);
        return new Summary(open.count(), open.newest(), codeOfPractice.partnership(),
                disclosures.overdueInPartnership(), dpias.partnership());
    }
}
