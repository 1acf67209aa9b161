package org.cctvportal.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A capital project as its page and the API show it: its items, and their cost per financial year. */
public record CapitalProjectDetail(long id, String name, String partnerName, String createdBy, Instant createdAt,
        List<CapitalProjectReads.Line> lines, List<Year> years, boolean own) {

    /** One financial year of a project: its items in the plan that year and their cost. */
    public record Year(int startYear, long items, long unpriced, BigDecimal cost) {
        public String label() {
            return CapitalPlanService.label(startYear);
        }

        public String costText() {
            return CapitalPlanService.money(cost);
        }
    }

    public BigDecimal total() {
        return years.stream().map(Year::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String totalText() {
        return CapitalPlanService.money(total());
    }

    public long unpriced() {
        return years.stream().mapToLong(Year::unpriced).sum();
    }

    /** Items whose asset no longer needs replacing: uncosted, kept until someone removes them. */
    public long outOfPlan() {
        return lines.stream().filter(l -> !l.inPlan()).count();
    }
}
