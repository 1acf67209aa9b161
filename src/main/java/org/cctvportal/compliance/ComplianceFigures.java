package org.cctvportal.compliance;

import static org.cctvportal.platform.NativeRows.longValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compliance's figures for the dashboards, set-based over the findings: a partner's critical risks, and each map
 * camera's worst open severity. Row-level security decides what each statement sees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplianceFigures {

    @Inject
    EntityManager entityManager;

    /**
     * A partner's standing critical risks: flagged-maker findings whose action is replace now (the engine's rule for
     * a flagged maker at a sensitive site), and operating-system findings.
     */
    public record Risks(long flaggedSensitive, long unsupportedOs) {
    }

    /** The partner's standing risks; the partner is bound for the planner, row-level security bounds the rows. */
    public Risks risks(String partnerId) {
        Object[] r = (Object[]) entityManager.createNativeQuery("select count(*) filter (where rule = 'FLAGGED_MAKER'"
                + " and action = 'REPLACE_NOW'), count(*) filter (where rule = 'OPERATING_SYSTEM')"
                + " from compliance_finding where partner_id = ?1 and status <> 'CLOSED'").setParameter(1, partnerId)
                .getSingleResult();
        return new Risks(longValue(r[0]), longValue(r[1]));
    }

    /** Each camera's worst open finding's severity; cameras with no open finding are absent. */
    @SuppressWarnings("unchecked")
    public Map<Long, String> worstOpenSeverity(Collection<Long> cameraIds) {
        Map<Long, String> worst = new HashMap<>();
        if (cameraIds.isEmpty()) {
            return worst;
        }
        String ids = cameraIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        List<Object[]> rows = entityManager.createNativeQuery("select c.id, (select f.severity from compliance_finding f"
                + " where f.asset_kind = 'CAMERA' and f.asset_id = c.id and f.status = 'OPEN' order by f.severity_rank"
                + " limit 1) from unnest(cast(?1 as bigint[])) as c(id)").setParameter(1, ids).getResultList();
        rows.stream().filter(r -> r[1] != null).forEach(r -> worst.put(((Number) r[0]).longValue(), r[1].toString()));
        return worst;
    }
}
