package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobFailure;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * Sends a disclosure package in three steps: the request and files are checked and the request recorded (the
 * person's request, answered with the job that makes it); the zip is streamed to object storage as its own object,
 * hashed as it goes, file by file ({@link DisclosurePackageJob}); then one transaction records the package and its
 * files, a custody event on each file's item, and (for a subject access request) stops the request's clock. Object
 * storage failing leaves no package and no object; the record failing removes the object.
 */
@ApplicationScoped
public class DisclosurePackages {

    private static final Logger LOG = Logger.getLogger(DisclosurePackages.class);
    static final String STORE_DOWN = "The evidence store is not available just now, so the package was not made."
            + " Nothing was sent or recorded: try again in a few minutes";

    /** What the package's checks found: the files in order, the request's reference and the letter's parts. */
    record Plan(PackageForm.Command command, String reference, String requestReference, String recipient,
            List<PackageZip.Entry> files, String partnerName) {
    }

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceStore store;

    @Inject
    EvidencePartners partners;

    @Inject
    SubjectAccessRequests requests;

    @Inject
    Custody custody;

    @Inject
    CoveringLetter letters;

    @Inject
    Clock clock;

    @Inject
    Jobs jobs;

    /** How each step runs in a transaction: in the vault's scope for a signed-in user, a new one for the demo. */
    interface Steps {
        <T> T run(Supplier<T> step);
    }

    /**
     * Checks the form and the files as the signed-in person may send them, records the request with its files, and
     * queues the job that makes the package: the job answered, whose page follows the making.
     */
    public Job request(PackageForm form) {
        FormErrors errors = new FormErrors();
        PackageForm.Command command = form.read(errors);
        Actor actor = evidence.actor();
        String account = jobs.callerAccount();
        return start(request(actor, account, command, errors, evidence::vault));
    }

    /** Queues the job that makes a recorded request's package, for the person who asked (told when it ends). */
    Job start(PackageRequest request) {
        return jobs.start(new Jobs.Start(DisclosurePackageJob.KIND, request.id.toString(),
                EvidenceLinks.disclosurePackage(request.id) + "?sent=yes", request.requestedBy,
                request.requestedByAccount));
    }

    /** The request, checked and recorded in one step: nothing is recorded when a check fails. */
    PackageRequest request(Actor actor, String account, PackageForm.Command command, FormErrors errors, Steps steps) {
        return steps.run(() -> {
            Plan plan = plan(command, actor, errors);
            PackageRequest r = new PackageRequest();
            r.id = UUID.randomUUID();
            r.partnerId = actor.partnerId();
            r.partnershipId = actor.partnershipId();
            r.reference = plan.reference();
            r.requestKind = command.kind();
            r.requestId = command.requestId();
            r.requestReference = plan.requestReference();
            r.recipient = plan.recipient();
            r.reason = command.reason();
            r.unredactedReason = command.unredactedReason();
            r.note = command.note();
            r.partnerName = plan.partnerName();
            r.requestedBy = actor.username();
            r.requestedByAccount = account;
            r.requestedRoles = PackageRequest.roles(actor);
            r.requestedAt = clock.instant();
            r.persist();
            int position = 0;
            for (PackageZip.Entry entry : plan.files()) {
                PackageRequestFile f = new PackageRequestFile();
                f.id = UUID.randomUUID();
                f.partnerId = actor.partnerId();
                f.requestId = r.id;
                f.position = ++position;
                f.fileId = entry.fileId();
                f.persist();
            }
            return r;
        });
    }

    /**
     * The plan of a recorded request, read again under its partner when the job makes it: a chosen file disposed of
     * (or no longer stored) since the request ends the job with a message, as the form would have said.
     */
    Plan plan(PackageRequest r) {
        PackageForm.Command command = new PackageForm.Command(r.requestKind, r.requestId, r.requestReference,
                r.recipient, r.files(), r.reason, r.unredactedReason, r.note);
        FormErrors errors = new FormErrors();
        List<PackageZip.Entry> files = files(command, r.actor(), errors);
        if (!errors.isEmpty()) {
            throw new JobFailure(errors.list().get(0).message() + ". Nothing was sent or recorded");
        }
        return new Plan(command, r.reference, r.requestReference, r.recipient, files, r.partnerName);
    }

    private Plan plan(PackageForm.Command command, Actor actor, FormErrors errors) {
        PackageReads.mayRead(actor);
        String requestReference = command.reference();
        String recipient = command.recipient();
        if (command.requestId() != null) {
            SubjectAccessRequests.OpenRequest sar = requests.openRequest(command.requestId()).orElse(null);
            if (sar == null) {
                errors.add("request", "Select an open subject access request: that one is answered or withdrawn");
            } else {
                requestReference = sar.reference();
                recipient = recipient.isEmpty() ? sar.requester() : recipient;
            }
        }
        List<PackageZip.Entry> files = files(command, actor, errors);
        errors.throwIfAny();
        return new Plan(command, reference(), requestReference, recipient, files,
                partners.partnerNames().getOrDefault(actor.partnerId(), actor.partnerId()));
    }

    private List<PackageZip.Entry> files(PackageForm.Command command, Actor actor, FormErrors errors) {
        List<PackageZip.Entry> files = new ArrayList<>();
        List<String> unredacted = new ArrayList<>();
        for (UUID id : command.files()) {
            EvidenceFile file = EvidenceFile.findById(id);
            EvidenceItem item = file == null ? null : EvidenceItem.findById(file.itemId);
            // Only the partner's own stored files: another partner's, even one shared with the caller, is not its to
            // disclose, and is answered as a file that is not there.
            if (file == null || item == null || !actor.partnerId().equals(file.partnerId) || !file.isStored()) {
                errors.add("files", "A selected file is no longer in your partner's vault: choose the files again");
                return files;
            }
            if (command.kind() == DisclosurePackage.RequestKind.SUBJECT_ACCESS && !file.redacted) {
                unredacted.add(file.name());
            }
            files.add(new PackageZip.Entry(file.id, item.id, item.reference(),
                    PackageZip.path(files.size() + 1, file.fileName), file.objectKey, file.fileName, file.label,
                    file.sizeBytes, file.sha256, file.redacted));
        }
        if (!unredacted.isEmpty() && command.unredactedReason() == null) {
            errors.add("unredactedReason", "A subject access package sends redacted copies: "
                    + String.join(", ", unredacted) + (unredacted.size() == 1 ? " is" : " are")
                    + " not redacted. Choose a redacted derivative, or record why it is sent unredacted");
        }
        return files;
    }

    /**
     * Streams the zip into object storage, telling {@code filesDone} after each file; on any failure nothing is left
     * there and the caller gets a message. The zip is written on the calling thread (so a job records its progress
     * in its own transactions), the upload reads it on a thread of its own.
     */
    PackageZip.Written store(Plan plan, String key, Actor actor, IntConsumer filesDone) {
        PackageForm.Command c = plan.command();
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        byte[] letter = letters.render(new CoveringLetter.Letter(plan.reference(), plan.partnerName(),
                plan.recipient(), c.kind(), plan.requestReference(), plan.files(), c.reason(), c.unredactedReason(),
                c.note(), actor.username(), today));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("from", plan.partnerName());
        head.put("to", plan.recipient());
        head.put("request", c.kind().name());
        head.put("requestReference", plan.requestReference());
        head.put("reason", c.reason());
        head.put("sentBy", actor.username());
        head.put("sentOn", today.toString());
        CompletableFuture<String> upload = null;
        try (PipedInputStream in = new PipedInputStream(1 << 16)) {
            PipedOutputStream pipe = new PipedOutputStream(in);
            upload = CompletableFuture.supplyAsync(() -> {
                try (in) {
                    return store.put(key, in, "application/zip", plan.reference() + ".zip");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, task -> new Thread(task, "disclosure-package-" + plan.reference()).start());
            PackageZip.Written written;
            try (pipe) {
                written = PackageZip.write(pipe, plan.reference(), head, plan.files(), letter, store::open, filesDone);
            } catch (IOException e) {
                // The upload ended first (the store went away and closed the pipe): its failure is the one to tell.
                upload.get();
                throw e;
            }
            upload.get();
            return written;
        } catch (EvidenceStore.StoreUnavailable | IOException | ExecutionException | java.io.UncheckedIOException e) {
            LOG.errorf("Disclosure package %s was not stored: %s", plan.reference(), e.getMessage());
            remove(key);
            if (e instanceof PackageZip.Mismatch mismatch) {
                throw new InvalidInputException(new FormErrors().add("files", "A selected file's stored bytes no"
                        + " longer match the hash recorded at upload, so the package was not made. Verify the"
                        + " evidence: " + mismatch.getMessage()));
            }
            throw new InvalidInputException(new FormErrors().add("files", STORE_DOWN));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            remove(key);
            throw new InvalidInputException(new FormErrors().add("files", STORE_DOWN));
        } catch (RuntimeException e) {
            // Anything else (the job's progress refused, say): the upload is ended and its object removed.
            // The pipe is closed, so the upload ends soon: it is waited for, or its object could land after the removal.
            if (upload != null) {
                try {
                    upload.get();
                } catch (ExecutionException | InterruptedException ended) {
                    LOG.debugf("The upload of %s ended too: %s", key, ended.getMessage());
                }
            }
            remove(key);
            throw e;
        }
    }

    DisclosurePackage record(UUID id, String key, Plan plan, PackageZip.Written written, Actor actor) {
        PackageForm.Command c = plan.command();
        DisclosurePackage p = new DisclosurePackage();
        p.id = id;
        p.partnerId = actor.partnerId();
        p.reference = plan.reference();
        p.requestKind = c.kind();
        p.requestId = c.requestId();
        p.requestReference = plan.requestReference();
        p.recipient = plan.recipient();
        p.reason = c.reason();
        p.unredactedReason = plan.files().stream().allMatch(PackageZip.Entry::redacted) ? null : c.unredactedReason();
        p.objectKey = key;
        p.sizeBytes = written.sizeBytes();
        p.sha256 = written.sha256();
        p.sentBy = actor.username();
        p.sentAt = clock.instant();
        p.persist();
        for (PackageZip.Entry entry : plan.files()) {
            PackagedFile f = new PackagedFile();
            f.id = UUID.randomUUID();
            f.partnerId = actor.partnerId();
            f.packageId = id;
            f.fileId = entry.fileId();
            f.itemId = entry.itemId();
            f.path = entry.path();
            f.sizeBytes = entry.sizeBytes();
            f.sha256 = entry.sha256();
            f.redacted = entry.redacted();
            f.persist();
            custody.record(EvidenceItem.findById(entry.itemId()), Custody.Action.PACKAGED, actor, entry.fileId(),
                    "Sent " + entry.fileName() + (entry.redacted() ? " (redacted)" : " (not redacted)")
                            + " in disclosure package " + p.reference + " to " + p.recipient + " for "
                            + c.kind().label().toLowerCase() + " " + p.requestReference + ": " + c.reason());
        }
        if (c.requestId() != null) {
            if (requests.openRequest(c.requestId()).isEmpty()) {
                throw new InvalidInputException(new FormErrors().add("request", "The subject access request was answered or withdrawn"
                        + " meanwhile: nothing was sent"));
            }
            requests.answeredBy(c.requestId(), p.reference);
        }
        EvidenceAudit.record(DisclosurePackage.getEntityManager(), actor.username(), "package.sent",
                "disclosure-package", p.reference, "Sent disclosure package " + p.reference + " ("
                        + plan.files().size() + " files) to " + p.recipient + " for " + c.kind().label().toLowerCase()
                        + " " + p.requestReference + (c.requestId() != null ? ", answering the request" : ""),
                p.sentAt);
        return p;
    }

    private static String reference() {
        return "DP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    void remove(String key) {
        try {
            store.remove(key);
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove the unrecorded package object %s: %s", key, e.getMessage());
        }
    }
}
