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
    SwitchOffNotices notices;

    @Inject
    CodeOfPractice codeOfPractice;

    @Inject
    DpiaRegister dpias;

    @Inject
    Disclosures disclosures;

    /** Everything the panel shows. */
    public record Summary(long openNotices, List<SwitchOffNotices.Row> newestOpen,
            List<CodeOfPractice.PartnerSummary> codeOfPractice, List<Disclosures.OverdueRequest> overdueRequests,
            List<DpiaRegister.PartnerSummary> dpiaReviews) {
        public long dpiasOverdue() {
            return dpiaReviews.stream().mapToLong(DpiaRegister.PartnerSummary::overdue).sum();
        }

        public long dpiasDueSoon() {
            return dpiaReviews.stream().mapToLong(DpiaRegister.PartnerSummary::dueSoon).sum();
        }
    }

    /** For the PCC office (partnership admin, PCC analyst): figures and names, never an item or footage. */
    public Summary forPcc() {
        SwitchOffNotices.Open open = notices.open(NEWEST);
        return new Summary(open.count(), open.newest(), codeOfPractice.partnership(),
                disclosures.overdueInPartnership(), dpias.partnership());
    }
}
