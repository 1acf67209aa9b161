package org.cctvportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobKind;
import org.cctvportal.platform.jobs.JobProgress;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.specification.RatificationWork;
import org.cctvportal.specification.SpecificationRatified;
import org.cctvportal.specification.SpecificationService;

/**
 * The evaluation of the partnership's estate after a ratification, as a job: started in the ratifying transaction
 * (the version and its job commit together), it evaluates one partner at a time, each partner's findings committed
 * with the job's progress and told to the partner's subscribers ({@link FindingsRaised}), so an evaluation taken up
 * again after a restart goes on with the next partner. The last partner's step records "compliance.evaluated".
 */
@ApplicationScoped
public class RatificationEvaluation implements JobKind, RatificationWork {

    public static final String KIND = "compliance-evaluation";

    @Inject
    ComplianceEngine engine;

    @Inject
    Jobs jobs;

    @Inject
    AuditService audit;

    @Inject
    SpecificationService specification;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Checking the estate against the ratified specification";
    }

    void onRatified(@Observes SpecificationRatified ratified) {
        jobs.startForCaller(KIND, Long.toString(ratified.versionId()), ComplianceLinks.compliance());
    }

    @Override
    public Optional<Job> of(long versionId) {
        return jobs.latestFor(KIND, Long.toString(versionId));
    }

    @Override
    public String run(Job job, JobProgress progress) {
        long versionId = Long.parseLong(job.subjectId);
        String title = progress.read(() -> specification.version(versionId).title());
        List<String> partners = progress.read(engine::partnersToEvaluate);
        long total = partners.size();
        int from = (int) Math.min(job.done, total);
        long[] sum = new long[3];
        for (int i = from; i < total; i++) {
            String partner = partners.get(i);
            boolean last = i == total - 1;
            long done = i + 1L;
            progress.chunk(total, () -> {
                ComplianceEngine.Evaluation evaluation = engine.evaluatePartner(partner);
                sum[0] += evaluation.raised();
                sum[1] += evaluation.changed();
                sum[2] += evaluation.closed();
                if (last) {
                    audited(versionId, title, total, from, sum);
                }
                return evaluation;
            }, evaluation -> done);
        }
        if (total == 0) {
            progress.chunk(0L, () -> audited(versionId, title, 0, 0, sum), ignored -> 0);
        }
        return outcome(title, total, from, sum);
    }

    private String audited(long versionId, String title, long partners, int from, long[] sum) {
        audit.record("compliance.evaluated", "specification-version", Long.toString(versionId),
                "Evaluated the partnership's estate (" + partners + (partners == 1 ? " partner" : " partners")
                        + ") against " + title + ": " + counts(from, sum));
        return title;
    }

    private static String outcome(String title, long partners, int from, long[] sum) {
        return "Every partner's estate (" + partners + (partners == 1 ? " partner" : " partners") + ") checked against "
                + title + ": " + counts(from, sum);
    }

    private static String counts(int from, long[] sum) {
        return new ComplianceEngine.Evaluation(sum[0], sum[1], sum[2]).describe() + (from == 0 ? "" : " (taken up"
                + " again after " + from + (from == 1 ? " partner" : " partners") + "; the counts are of the rest)");
    }
}
