package org.cctvportal.platform.jobs;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Starting and reading jobs for the signed-in person. A job is seen by the person who started it and by their
 * partner's managers (the PCC office's partnership admins); anyone else (another partner's people included) is told it is not found.
 */
@ApplicationScoped
@Transactional
public class Jobs {

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<JobKind> kinds;

    /**
     * Work to queue: its kind, the record it works on, where its outcome is shown, and who started it (their name as
     * shown, and their account's subject in the token, whom its end is told to; null for no one).
     */
    public record Start(String kind, String subjectId, String resultPath, String startedBy, String account) {
    }

    /**
     * Queues work on a record started by the signed-in person, told when it ends; outside a person's request (a
     * listener of unattended work, the demo) it is started by the system and told to no one.
     */
    public Job startForCaller(String kind, String subjectId, String resultPath) {
        boolean person = identity != null && !identity.isAnonymous();
        return start(new Start(kind, subjectId, resultPath, person ? identity.getPrincipal().getName() : "system",
                callerAccount()));
    }

    /** The signed-in person's account (their token's subject), or null outside a person's request. */
    public String callerAccount() {
        return identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                ? jwt.getSubject() : null;
    }

    /**
     * Queues work on a record for the caller's partner; a job already waiting or running on that record is answered
     * instead, so a second click starts nothing more.
     */
    public Job start(Start start) {
        Job live = Job.find("kind = ?1 and subjectId = ?2 and status in ?3", start.kind(), start.subjectId(),
                java.util.List.of(Job.Status.QUEUED, Job.Status.RUNNING)).firstResult();
        if (live != null) {
            return live;
        }
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.partnershipId = tenant.partnershipId();
        tenant.requirePartner();
        job.kind = start.kind();
        job.subjectId = start.subjectId();
        job.startedBy = start.startedBy();
        job.startedByAccount = start.account();
        job.status = Job.Status.QUEUED;
        job.resultPath = start.resultPath();
        job.createdAt = clock.instant();
        job.persist();
        return job;
    }

    /** A job as shown, titled by its kind. */
    public JobView view(Job job) {
        String title = kinds.stream().filter(k -> k.kind().equals(job.kind)).findFirst().map(JobKind::title)
                .orElse("Work in progress");
        return new JobView(job, title);
    }

    /** A job the caller may see, or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Job find(String id) {
        Job job = parse(id).map(uuid -> Job.<Job>findById(uuid)).orElse(null);
        if (job == null || !maySee(job)) {
            throw new NotFoundException("No such job");
        }
        return job;
    }

    /** The latest job of a kind on a record, if the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Job> latestFor(String kind, String subjectId) {
        return Optional.ofNullable(Job.latestFor(kind, subjectId)).filter(this::maySee);
    }

    /**
     * The person who started it, or a manager of its partner: a partner manager, or at the PCC office a partnership
     * admin (the office's work, such as the evaluation after a ratification, is theirs). The partner itself is the
     * tenancy's to bound.
     */
    private boolean maySee(Job job) {
        boolean started = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                && jwt.getSubject().equals(job.startedByAccount);
        return started || identity.hasRole(Roles.PARTNER_MANAGER) || identity.hasRole(Roles.PARTNERSHIP_ADMIN);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
