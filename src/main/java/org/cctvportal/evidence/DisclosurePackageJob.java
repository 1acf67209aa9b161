package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobFailure;
import org.cctvportal.platform.jobs.JobKind;
import org.cctvportal.platform.jobs.JobProgress;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * Making a requested disclosure package, as a job acting for the person who asked: the request's files (read under
 * the partner, its own files only, as the form allowed) are zipped into object storage one after another, each file
 * done recorded as the job's progress; then the package, its files, the custody events naming that person and the
 * subject access request's answer commit together. Each attempt writes its own object and removes those of earlier
 * attempts, so a package taken up again after a restart is made again from its first file and leaves one object.
 * A store that is down, or a request no longer right, fails the job with the form's message and leaves nothing.
 */
@ApplicationScoped
public class DisclosurePackageJob implements JobKind {

    public static final String KIND = "disclosure-package";

    @Inject
    DisclosurePackages packages;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Making a disclosure package";
    }

    @Override
    public String run(Job job, JobProgress progress) {
        UUID id = UUID.fromString(job.subjectId);
        DisclosurePackage made = progress.read(() -> DisclosurePackage.findById(id));
        if (made != null) {
            return sent(made);
        }
        PackageRequest request = progress.read(() -> PackageRequest.findById(id));
        if (request == null) {
            throw new JobFailure("The package's request is not there, so no package was made. Send it again");
        }
        String prefix = request.partnershipId + "/" + request.partnerId + "/packages/" + id + "-";
        for (int earlier = 1; earlier < job.attempts; earlier++) {
            packages.remove(prefix + earlier);
        }
        Actor actor = request.actor();
        DisclosurePackages.Plan plan = progress.read(() -> packages.plan(request));
        long total = plan.files().size();
        String key = prefix + job.attempts;
        try {
            PackageZip.Written written = packages.store(plan, key, actor,
                    done -> progress.chunk(total, () -> done, Integer::longValue));
            DisclosurePackage p;
            try {
                p = progress.chunk(total, () -> packages.record(id, key, plan, written, actor), ignored -> total);
            } catch (RuntimeException e) {
                packages.remove(key);
                throw e;
            }
            return sent(p);
        } catch (InvalidInputException e) {
            throw new JobFailure(e.errors().list().get(0).message());
        }
    }

    private static String sent(DisclosurePackage p) {
        return "Disclosure package " + p.reference + " sent to " + p.recipient + " for "
                + p.requestKind.label().toLowerCase() + " " + p.requestReference + ": download it from its page";
    }
}
