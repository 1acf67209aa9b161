package org.cctvportal.specification;

import java.math.BigDecimal;
import java.util.List;

/**
 * What ratifying a draft would change for each partner, asked before the admin confirms. The compliance feature,
 * which holds the estate to the specification, answers it; the specification depends on no feature for it.
 */
public interface RatificationImpact {

    /** The partners whose findings or capital costs would change if the draft were ratified now; nothing is kept. */
    List<PartnerImpact> preview(long draftId);

    /** One finding that would open or close: the asset, the rule and the severity, as a person reads them. */
    record FindingChange(String asset, String rule, String severity, BigDecimal cost) {
    }

    /**
     * One partner's changes: findings opening and closing, and its capital plan's cost and count of unpriced
     * replacements before and after.
     */
    record PartnerImpact(String partnerId, String partnerName, List<FindingChange> opening,
            List<FindingChange> closing, BigDecimal costBefore, BigDecimal costAfter, long unpricedBefore,
            long unpricedAfter) {

        public boolean costChanges() {
            return costBefore.compareTo(costAfter) != 0 || unpricedBefore != unpricedAfter;
        }
    }
}
