package org.cctvportal.dashboard;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.jobs.JobsConfig;

/**
 * The {@value #JOB} job: takes every partner's dashboard figures on one replica per interval
 * ({@code portal.jobs.refresh-dashboards.every}); the dashboards say when they were taken. The safety net behind
 * {@link ChangedDashboards}, for what moves with time alone and for a change no event announced.
 */
@ApplicationScoped
public class DashboardRefresh {

    static final String JOB = "refresh-dashboards";

    @Inject
    JobRuns runs;

    @Inject
    JobsConfig jobs;

    @Inject
    DashboardFigures figures;

    @Scheduled(identity = JOB, every = "${portal.jobs.refresh-dashboards.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, jobs.refreshDashboards().every(), execution.getScheduledFireTime(), figures::refreshAll);
    }
}
