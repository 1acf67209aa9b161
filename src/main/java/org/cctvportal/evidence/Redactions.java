package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Redaction plans, step by step: each step is its own transaction in the evidence scope, refused (nothing changed)
 * unless the caller is an evidence officer of the owning partner, and written into the plan's decisions with who and
 * when. The render itself is {@link RedactionRenders}' job.
 */
@ApplicationScoped
public class Redactions {

    static final String BUSY = "The plan is being rendered: cancel the render to change it";

    /** The master and its open plan (null before redaction starts) as the workspace shows them. */
    record Workspace(EvidenceItem item, EvidenceFile master, RedactionPlan plan, RedactionPlan lastDone) {
    }

    @Inject
    EvidenceService evidence;

    @Inject
    RedactionTools tools;

    @Inject
    EvidenceStore store;

    @Inject
    Clock clock;

    Workspace workspace(long itemId, String fileId) {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            EvidenceFile master = master(itemId, fileId, actor);
            RedactionPlan done = RedactionPlan.find("masterFileId = ?1 and status = ?2 order by finishedAt desc",
                    master.id, RedactionPlan.Status.DONE).firstResult();
            return new Workspace(EvidenceItem.findById(itemId), master, RedactionPlan.open(master.id), done);
        });
    }

    /** Starts a plan for the master, keeping the boxes of the last finished one to start from. */
    void start(long itemId, String fileId) {
        Actor actor = evidence.actor();
        EvidenceFile master = evidence.vault(() -> master(itemId, fileId, actor));
        if (!tools.ffmpegWorks()) {
            throw new RedactionRefused(503, "Redaction is unavailable on this portal: ffmpeg is not installed");
        }
        Ffmpeg.Clip clip;
        try {
            clip = tools.ffmpeg().probe(store.presign(master.objectKey, master.fileName));
        } catch (Ffmpeg.Failed e) {
            throw new RedactionRefused(422, master.fileName + " cannot be redacted: ffmpeg cannot read its picture."
                    + " Ask for an export in a standard format (MP4 with H.264)");
        } catch (EvidenceStore.StoreUnavailable e) {
            throw new RedactionRefused(503, EvidenceUploads.STORE_DOWN.replace("the file was not kept",
                    "redaction could not start").replace("Nothing was stored", "Nothing was changed"));
        }
        evidence.vault(() -> {
            master(itemId, fileId, actor);
            if (RedactionPlan.open(master.id) != null) {
                return null;
            }
            RedactionPlan done = RedactionPlan.find("masterFileId = ?1 and status = ?2 order by finishedAt desc",
                    master.id, RedactionPlan.Status.DONE).firstResult();
            RedactionPlan plan = new RedactionPlan();
            plan.partnerId = master.partnerId;
            plan.itemId = itemId;
            plan.masterFileId = master.id;
            plan.width = clip.width();
            plan.height = clip.height();
            plan.durationSeconds = clip.duration();
            plan.fps = clip.fps();
            plan.hasAudio = clip.audio();
            plan.boxes = done == null ? "[]" : done.boxes;
            plan.keepAudio = done != null && done.keepAudio;
            plan.decisions = "[]";
            plan.status = RedactionPlan.Status.DRAFT;
            plan.createdBy = actor.username();
            plan.createdAt = clock.instant();
            plan.decide(clock.instant(), actor.username(), "Started redacting " + master.fileName
                    + (done == null ? "" : ", from the boxes of plan " + done.id));
            plan.persist();
            return null;
        });
    }

    /** Changes the open plan with {@code change}, which says what it did (for the decisions) or refuses. */
    RedactionPlan change(long itemId, String fileId, Function<RedactionPlan, String> change) {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            EvidenceFile master = master(itemId, fileId, actor);
            RedactionPlan plan = RedactionPlan.open(master.id);
            if (plan == null) {
                throw new RedactionRefused(409, "Start redacting this file first");
            }
            if (plan.status.running()) {
                throw new RedactionRefused(409, BUSY);
            }
            String what = change.apply(plan);
            plan.decide(clock.instant(), actor.username(), what);
            return plan;
        });
    }

    void addBox(long itemId, String fileId, RedactionForms.BoxForm form) {
        change(itemId, fileId, plan -> {
            RedactionBox.Keyframe at = RedactionForms.keyframe(plan, form.t(), form.x(), form.y(), form.w(), form.h());
            double[] range = RedactionForms.range(plan, form.start(), form.end());
            RedactionBox.Method method = RedactionForms.method(form.method());
            List<RedactionBox> boxes = new ArrayList<>(plan.boxList());
            String id = nextId(boxes);
            boxes.add(new RedactionBox(id, RedactionBox.Source.DRAWN, RedactionBox.Decision.ACCEPTED, method,
                    range[0], range[1], List.of(at), evidence.actor().username(), clock.instant().toString()));
            plan.boxList(boxes);
            return "Drew box " + id + " (" + method.label().toLowerCase() + ") " + RedactionForms.describe(at)
                    + " from " + Ffmpeg.seconds(range[0]) + " s to " + Ffmpeg.seconds(range[1]) + " s";
        });
    }

    void decide(long itemId, String fileId, String boxId, String decision) {
        RedactionBox.Decision next = "ACCEPTED".equals(decision) ? RedactionBox.Decision.ACCEPTED
                : "REMOVED".equals(decision) ? RedactionBox.Decision.REMOVED : null;
        if (next == null) {
            throw new RedactionRefused(400, "Choose whether to accept or remove the box");
        }
        change(itemId, fileId, plan -> {
            RedactionBox box = box(plan, boxId);
            replace(plan, box.decided(next, evidence.actor().username(), clock.instant().toString()));
            return (next == RedactionBox.Decision.ACCEPTED ? "Accepted" : "Removed") + " box " + box.id()
                    + (box.source() == RedactionBox.Source.DETECTED ? " (proposed by face detection)" : "");
        });
    }

    void adjust(long itemId, String fileId, String boxId, RedactionForms.BoxForm form) {
        change(itemId, fileId, plan -> {
            RedactionBox box = box(plan, boxId);
            RedactionBox.Keyframe at = RedactionForms.keyframe(plan, form.t(), form.x(), form.y(), form.w(), form.h());
            if (at.t() < box.start() || at.t() > box.end()) {
                throw new RedactionRefused(400, "The keyframe must be within the box's time range ("
                        + Ffmpeg.seconds(box.start()) + " s to " + Ffmpeg.seconds(box.end()) + " s)");
            }
            replace(plan, box.adjusted(at, evidence.actor().username(), clock.instant().toString()));
            return "Adjusted box " + box.id() + ": " + RedactionForms.describe(at) + ", and accepted it";
        });
    }

    void audio(long itemId, String fileId, String choice) {
        if (!"KEEP".equals(choice) && !"MUTE".equals(choice)) {
            throw new RedactionRefused(400, "Choose whether to mute or keep the sound");
        }
        change(itemId, fileId, plan -> {
            plan.keepAudio = "KEEP".equals(choice);
            return plan.keepAudio ? "Kept the sound" : "Muted the sound";
        });
    }

    /** Queues the render: every proposal decided, and something hidden. */
    void render(long itemId, String fileId) {
        change(itemId, fileId, plan -> {
            List<RedactionBox> boxes = plan.boxList();
            long open = boxes.stream().filter(b -> b.decision() == RedactionBox.Decision.PROPOSED).count();
            if (open > 0) {
                throw new RedactionRefused(409, "Accept or remove each proposed box first (" + open + " left)");
            }
            if (boxes.stream().noneMatch(RedactionBox::hides) && (plan.keepAudio || !plan.hasAudio)) {
                throw new RedactionRefused(409, "Add a box to hide, or mute the sound, before rendering");
            }
            plan.status = RedactionPlan.Status.QUEUED;
            plan.progress = 0;
            plan.cancelRequested = false;
            plan.message = null;
            plan.planSha256 = HexFormat.of().formatHex(CustodyChain.digest().digest(
                    (plan.boxes + "|keepAudio=" + plan.keepAudio).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            plan.queuedBy = evidence.actor().username();
            plan.queuedAt = clock.instant();
            return "Asked for the render; plan SHA-256 " + plan.planSha256;
        });
    }

    /** Cancels a queued render at once, a running one within a second. */
    void cancel(long itemId, String fileId) {
        Actor actor = evidence.actor();
        evidence.vault(() -> {
            RedactionPlan plan = RedactionPlan.open(master(itemId, fileId, actor).id);
            if (plan == null || !plan.status.running()) {
                throw new RedactionRefused(409, "No render is running");
            }
            if (plan.status == RedactionPlan.Status.QUEUED) {
                plan.status = RedactionPlan.Status.CANCELLED;
                plan.finishedAt = clock.instant();
            } else {
                plan.cancelRequested = true;
            }
            plan.decide(clock.instant(), actor.username(), "Cancelled the render");
            return null;
        });
    }

    /** The master, if the caller is an evidence officer of the owning partner and the item is open. */
    EvidenceFile master(long itemId, String fileId, Actor actor) {
        EvidenceService.Reached reached = evidence.reach(itemId, actor);
        if (!reached.reach().manages() || !actor.has(Actor.EVIDENCE_OFFICER)) {
            throw new ForbiddenException("Only the owning partner's evidence officers redact its evidence");
        }
        UUID id = EvidenceFiles.uuid(fileId);
        EvidenceFile master = EvidenceFile.findById(id);
        if (master == null || !master.itemId.equals(itemId) || master.kind != EvidenceFile.Kind.MASTER) {
            throw new NotFoundException("No such master exhibit");
        }
        if (!master.isStored() || !reached.item().isOpen()) {
            throw new RedactionRefused(409, "The master exhibit has been disposed of, so it cannot be redacted");
        }
        return master;
    }

    private static RedactionBox box(RedactionPlan plan, String boxId) {
        return plan.boxList().stream().filter(b -> b.id().equals(boxId)).findFirst()
                .orElseThrow(() -> new RedactionRefused(400, "Select a box of this plan"));
    }

    private static void replace(RedactionPlan plan, RedactionBox box) {
        plan.boxList(plan.boxList().stream().map(b -> b.id().equals(box.id()) ? box : b).toList());
    }

    static String nextId(List<RedactionBox> boxes) {
        int max = boxes.stream().mapToInt(b -> Integer.parseInt(b.id().substring(1))).max().orElse(0);
        return "b" + (max + 1);
    }
}
