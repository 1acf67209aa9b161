package org.cctvportal.compliance;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.jobs.JobsConfig;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * Reopens findings whose risk acceptance has run out, each partner in its own transaction with an audit event in its
 * trail. The pages reopen them on read as well, so nobody sees a lapsed acceptance as current between two runs. Safe
 * to repeat: only findings still accepted past their date are touched.
 */
@ApplicationScoped
public class AcceptanceExpiry {

    static final String JOB = "expire-risk-acceptances";
    private static final Logger LOG = Logger.getLogger(AcceptanceExpiry.class);

    @Inject
    JobRuns runs;

    @Inject
    JobsConfig jobs;

    @Inject
    UnattendedWork scheduled;

    @Inject
    EntityManager entityManager;

    @Inject
    FindingService findings;

    @Scheduled(identity = JOB, every = "${portal.jobs.expire-risk-acceptances.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, jobs.expireRiskAcceptances().every(), execution.getScheduledFireTime(), this::reopenAll);
    }

    /** Reopens every partner's lapsed acceptances; says how many. */
    @ActivateRequestContext
    public String reopenAll() {
        Date today = Date.valueOf(findings.today());
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery("select distinct f.partner_id,"
                + " f.partnership_id from compliance_finding f where f.status = 'ACCEPTED' and f.accepted_until < ?1")
                .setParameter(1, today).getResultList());
        int reopened = 0;
        List<String> failed = new ArrayList<>();
        for (Object row : rows) {
            Object[] partner = (Object[]) row;
            try {
                reopened += scheduled.forPartner(partner[0].toString(), partner[1].toString(),
                        findings::reopenExpired);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not reopen lapsed acceptances of %s", partner[0]);
                failed.add(partner[0].toString());
            }
        }
        String summary = reopened + " findings reopened for " + (rows.size() - failed.size()) + " partners";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }
}
