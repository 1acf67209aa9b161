package org.cctvportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.NativeRows;
import org.cctvportal.specification.RatificationImpact;

/**
 * The engine's answer to "what if this draft were ratified": {@code compliance_ratify_preview} (V30) ratifies and
 * evaluates in a subtransaction it rolls back, and returns the findings that would open and close and each partner's
 * capital cost before and after. Nothing is kept.
 */
@ApplicationScoped
@Transactional
public class RatificationPreview implements RatificationImpact {

    @Inject
    EntityManager entityManager;

    @Override
    @SuppressWarnings("unchecked")
    public List<PartnerImpact> preview(long draftId) {
        List<Object[]> rows = entityManager.createNativeQuery("select * from compliance_ratify_preview(?1)"
                + " order by partner_name, change, case severity when 'CRITICAL' then 1 when 'HIGH' then 2"
                + " when 'MEDIUM' then 3 else 4 end, asset_label").setParameter(1, draftId).getResultList();
        Map<String, Builder> partners = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Builder partner = partners.computeIfAbsent(row[0].toString(), id -> new Builder(id, row[1].toString()));
            partner.add(row);
        }
        return partners.values().stream().map(Builder::build).toList();
    }

    /** One partner's rows gathered: its findings opening and closing, and its cost line if the cost changes. */
    private static final class Builder {
        private final String id;
        private final String name;
        private final List<FindingChange> opening = new ArrayList<>();
        private final List<FindingChange> closing = new ArrayList<>();
        private BigDecimal costBefore = BigDecimal.ZERO;
        private BigDecimal costAfter = BigDecimal.ZERO;
        private long unpricedBefore;
        private long unpricedAfter;

        Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void add(Object[] row) {
            switch (row[2].toString()) {
                case "OPENS" -> opening.add(change(row, (BigDecimal) row[7]));
                case "CLOSES" -> closing.add(change(row, (BigDecimal) row[6]));
                default -> {
                    costBefore = (BigDecimal) row[6];
                    costAfter = (BigDecimal) row[7];
                    unpricedBefore = NativeRows.longValue(row[8]);
                    unpricedAfter = NativeRows.longValue(row[9]);
                }
            }
        }

        PartnerImpact build() {
            return new PartnerImpact(id, name, opening, closing, costBefore, costAfter, unpricedBefore, unpricedAfter);
        }

        private static FindingChange change(Object[] row, BigDecimal cost) {
            return new FindingChange(row[3].toString(), FindingRule.valueOf(row[4].toString()).label(),
                    Severity.valueOf(row[5].toString()).label(), cost);
        }
    }
}
