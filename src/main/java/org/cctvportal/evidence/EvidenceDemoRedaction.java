package org.cctvportal.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The Cornmarket Street clip of the demo as real footage: ffmpeg's test pattern with a face (a still from OpenCV's
 * documentation) drifting across it and a tone, made at the demo's first start, so the redaction workspace has a
 * picture and face detection something to find. A redaction plan hiding the face is queued with it, so the render
 * job makes the demo's redacted derivative in its first seconds. Without ffmpeg the demo keeps a container made in
 * code, which redaction then refuses as unreadable.
 */
@ApplicationScoped
class EvidenceDemoRedaction {

    static final double SECONDS = 8;
    private static final Logger LOG = Logger.getLogger(EvidenceDemoRedaction.class);

    @Inject
    RedactionTools tools;

    @Inject
    RedactionConfig config;

    @Inject
    Clock clock;

    /** The Cornmarket clip, or the made-in-code container when ffmpeg or the face still is missing. */
    byte[] cornmarket() {
        if (!tools.ffmpegWorks() || !Files.isReadable(Path.of(config.demoFace()))) {
            LOG.warnf("The demo's Cornmarket Street clip has no picture: ffmpeg or %s is missing",
                    config.demoFace());
            return EvidenceDemoClips.mp4("cornmarket", 48_000);
        }
        try {
            Path out = Files.createTempFile("cornmarket", ".mp4");
            try {
                Process process = new ProcessBuilder(config.ffmpeg(), "-nostdin", "-v", "error", "-y", "-f", "lavfi",
                        "-i", "testsrc2=size=320x240:rate=10:duration=" + SECONDS, "-f", "lavfi", "-i",
                        "sine=frequency=330:duration=" + SECONDS, "-loop", "1", "-i", config.demoFace(),
                        "-filter_complex", "[2:v]scale=96:124[f];[0:v][f]overlay=x='40+10*t':y=50:shortest=1",
                        "-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                        "-c:a", "aac", "-shortest", "-movflags", "+faststart", out.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (process.waitFor() != 0) {
                    throw new IOException("ffmpeg exited with " + process.exitValue());
                }
                return Files.readAllBytes(out);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException | InterruptedException e) {
            LOG.warnf("The demo's Cornmarket Street clip could not be made: %s", e.getMessage());
            return EvidenceDemoClips.mp4("cornmarket", 48_000);
        }
    }

    /** Queues the plan hiding the face as it drifts (blur, sound muted): the render job makes the derivative. */
    void queue(Actor officer, EvidenceFile master) {
        if (!tools.ffmpegWorks() || !Files.isReadable(Path.of(config.demoFace()))) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            RedactionPlan plan = new RedactionPlan();
            plan.partnerId = master.partnerId;
            plan.itemId = master.itemId;
            plan.masterFileId = master.id;
            plan.width = 320;
            plan.height = 240;
            plan.durationSeconds = SECONDS;
            plan.fps = 10;
            plan.hasAudio = true;
            plan.decisions = "[]";
            String at = clock.instant().toString();
            plan.boxList(List.of(new RedactionBox("b1", RedactionBox.Source.DETECTED,
                    RedactionBox.Decision.ACCEPTED, RedactionBox.Method.BLUR, 0, SECONDS, List.of(
                            new RedactionBox.Keyframe(0, 30, 40, 116, 144),
                            new RedactionBox.Keyframe(SECONDS, 110, 40, 116, 144)), officer.username(), at)));
            plan.decide(clock.instant(), officer.username(), "Face detection proposed 1 box, each to be accepted or"
                    + " removed");
            plan.decide(clock.instant(), officer.username(), "Adjusted box b1 to follow the face, and accepted it");
            plan.decide(clock.instant(), officer.username(), "Muted the sound");
            plan.status = RedactionPlan.Status.QUEUED;
            plan.planSha256 = java.util.HexFormat.of().formatHex(CustodyChain.digest().digest(
                    (plan.boxes + "|keepAudio=false").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            plan.createdBy = officer.username();
            plan.createdAt = clock.instant();
            plan.queuedBy = officer.username();
            plan.queuedAt = clock.instant();
            plan.decide(clock.instant(), officer.username(), "Asked for the render; plan SHA-256 " + plan.planSha256);
            plan.persist();
        });
    }
}
