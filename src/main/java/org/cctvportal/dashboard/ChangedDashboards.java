package org.cctvportal.dashboard;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * Takes again, every {@code portal.jobs.refresh-changed-dashboards.every}, the figures of each partner whose changes
 * committed since and whose marks are due ({@link DashboardChanges} marks them), so a change reaches the partner's
 * and the PCC office's dashboards within seconds. Every replica runs it; each partner is taken by one replica at a
 * time (the others skip it), in a transaction of its own, so one partner's failure keeps its marks for the next round
 * and stops no other.
 */
@ApplicationScoped
public class ChangedDashboards {

    private static final Logger LOG = Logger.getLogger(ChangedDashboards.class);

    @Inject
    EntityManager entityManager;

    @Inject
    UnattendedWork scheduled;

    @Inject
    DashboardFigures figures;

    @Scheduled(identity = "refresh-changed-dashboards", every = "${portal.jobs.refresh-changed-dashboards.every}",
            delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        refreshChanged();
    }

    /** One round: takes the figures of every marked partner; answers how many were taken. */
    @ActivateRequestContext
    public int refreshChanged() {
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery(
                "select distinct partner_id, partnership_id from dashboard_change where due_at <= now()")
                .getResultList());
        int taken = 0;
        for (Object row : rows) {
            Object[] partner = (Object[]) row;
            long started = System.nanoTime();
            try {
                if (scheduled.forPartner(partner[0].toString(), partner[1].toString(),
                        figures::refreshChanged) != null) {
                    taken++;
                    LOG.debugf("Dashboard figures of %s taken again in %d ms", partner[0],
                            (System.nanoTime() - started) / 1_000_000);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not take the changed dashboard figures of %s", partner[0]);
            }
        }
        return taken;
    }
}
