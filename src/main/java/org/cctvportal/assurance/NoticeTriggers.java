package org.cctvportal.assurance;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.estate.EstateChanged;
import org.cctvportal.monitoring.BookingCancelled;
import org.cctvportal.partner.PartnerWithdrawn;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.tenancy.TenantContext;
import org.jboss.logging.Logger;

/**
 * Where switch-off notices come from. A decommissioning (any estate change: form, API, import) and a cancelled
 * approved booking raise theirs in the same transaction, so the PCC office sees them as soon as the change commits;
 * the {@value #JOB} job raises what only time reveals (a camera offline longer than
 * {@code portal.assurance.offline-notice-after}, a funding end date coming near) for every partner. All of them call
 * the same idempotent database function, so running any of them again raises nothing twice. A partner's withdrawal
 * (the partner feature's {@code PartnerWithdrawn}, fired in the PCC office's transaction) raises its own notice
 * through raise_withdrawal_notice, as idempotent.
 */
@ApplicationScoped
public class NoticeTriggers {

    static final String JOB = "raise-switch-off-notices";
    private static final Logger LOG = Logger.getLogger(NoticeTriggers.class);

    @Inject
    SwitchOffNoticeService notices;

    @Inject
    TenantContext tenant;

    @Inject
    JobRuns runs;

    @Inject
    AssuranceConfig config;

    @Inject
    UnattendedWork scheduled;

    @Inject
    EntityManager entityManager;

    void onEstateChanged(@Observes EstateChanged change) {
        if (!change.cameras().isEmpty() && tenant.hasPartner()) {
            notices.raiseForCaller();
        }
    }

    void onBookingCancelled(@Observes BookingCancelled cancelled) {
        if (cancelled.wasApproved() && tenant.hasPartner()) {
            notices.raiseForCaller();
        }
    }

    /** A hub that stops watching a partner's cameras leaves them unwatched: the partner gets a notice at once. */
    void onHubServiceEnded(@Observes org.cctvportal.monitoring.HubServiceEnded end) {
        notices.raiseForHubService(end.hubId(), end.partnerId(), end.hubName() + " stops monitoring from "
                + org.cctvportal.platform.web.Formats.day(end.from()) + ": " + end.why(), end.from());
    }

    /** A withdrawal puts the partner's whole coverage at risk: the PCC office that made it gets a notice at once. */
    void onPartnerWithdrawn(@Observes PartnerWithdrawn withdrawal) {
        notices.raiseForWithdrawal(withdrawal.partnerId(), withdrawal.effective());
    }

    @Scheduled(identity = JOB, every = "${portal.assurance.notices-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, config.noticesEvery(), execution.getScheduledFireTime(), this::raiseAll);
    }

    /** Raises every partner's missing notices, each partner under its own tenant; says how many. */
    @ActivateRequestContext
    public String raiseAll() {
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery(
                "select p.id, p.partnership_id from partner p order by p.id").getResultList());
        int raised = 0;
        List<String> failed = new ArrayList<>();
        for (Object row : rows) {
            Object[] partner = (Object[]) row;
            try {
                raised += scheduled.forPartner(partner[0].toString(), partner[1].toString(), notices::raiseForCaller);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not raise the switch-off notices of %s", partner[0]);
                failed.add(partner[0].toString());
            }
        }
        String summary = raised + " switch-off notices raised";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }
}
