package org.cctvportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobKind;
import org.cctvportal.platform.jobs.JobProgress;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * The partnership's dashboard figures taken again now, started by its partnership admin from the dashboard, as a
 * job: one partner at a time, each step recorded with the job's progress, so a refresh taken up again after a restart
 * goes on with the next partner (taking a partner's figures twice is harmless). The scheduled refresh of every
 * partnership ({@link DashboardRefresh}) is unchanged.
 */
@ApplicationScoped
public class FigureRefreshJob implements JobKind {

    public static final String KIND = "dashboard-refresh";

    @Inject
    DashboardFigures figures;

    @Inject
    Jobs jobs;

    @Inject
    AuditService audit;

    @Inject
    TenantContext tenant;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Refreshing the partnership's dashboard figures";
    }

    /** Queues the refresh of the caller's partnership (or answers the one already under way). */
    public Job start() {
        return jobs.startForCaller(KIND, tenant.partnershipId(), DashboardLinks.partnershipDashboard());
    }

    @Override
    public String run(Job job, JobProgress progress) {
        List<String> partners = figures.partnersOf(job.partnershipId);
        long total = partners.size();
        for (int i = (int) Math.min(job.done, total); i < total; i++) {
            String partner = partners.get(i);
            boolean last = i == total - 1;
            long done = i + 1L;
            progress.chunk(total, () -> {
                figures.refreshPartner(partner, job.partnershipId);
                if (last) {
                    audited(total);
                }
                return done;
            }, Long::longValue);
        }
        if (total == 0) {
            progress.chunk(0L, () -> audited(0), ignored -> 0);
        }
        return "The dashboard figures of " + total + (total == 1 ? " partner" : " partners") + " were taken again";
    }

    private long audited(long partners) {
        audit.record("dashboard.refreshed", "partnership", tenant.partnershipId(), "Took the dashboard figures of "
                + partners + (partners == 1 ? " partner" : " partners") + " again, as asked from the dashboard");
        return partners;
    }
}
