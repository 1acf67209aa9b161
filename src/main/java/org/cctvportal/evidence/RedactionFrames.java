package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * What the workspace sees of the master: one frame at a time, rendered here from a short-lived link to the object
 * (the master itself never reaches the browser), with the plan's boxes outlined or, in preview, hidden as the render
 * will hide them; and face detection's proposals, added to the plan as boxes nobody has decided on yet.
 */
@ApplicationScoped
class RedactionFrames {

    @Inject
    Redactions redactions;

    @Inject
    RedactionTools tools;

    @Inject
    EvidenceStore store;

    @Inject
    RedactionConfig config;

    /** The frame at {@code t} as a PNG: boxes outlined and numbered, or hidden when {@code preview}. */
    byte[] frame(long itemId, String fileId, double t, boolean preview) {
        Redactions.Workspace space = redactions.workspace(itemId, fileId);
        if (space.plan() == null || !tools.ffmpegWorks()) {
            throw new RedactionRefused(409, "Start redacting this file first");
        }
        double at = Math.max(0, Math.min(t, space.plan().durationSeconds - 0.05));
        byte[] png = read(space.master(), at);
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage image = new BufferedImage(picture.getWidth(), picture.getHeight(),
                    BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = image.createGraphics();
            g.drawImage(picture, 0, 0, null);
            List<RedactionBox> boxes = space.plan().boxList();
            if (preview) {
                byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                // BGR instead of RGB changes neither a blur nor a black fill.
                boxes.stream().filter(RedactionBox::hides).forEach(box -> {
                    RedactionBox.Rect rect = box.at(at);
                    if (rect != null) {
                        Redactor.hide(pixels, image.getWidth(), image.getHeight(), rect, box.method());
                    }
                });
            } else {
                outline(g, boxes, at);
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RedactionRefused(422, "The frame could not be drawn");
        }
    }

    private static void outline(Graphics2D g, List<RedactionBox> boxes, double at) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        for (RedactionBox box : boxes) {
            RedactionBox.Rect rect = box.at(at);
            if (rect == null || box.decision() == RedactionBox.Decision.REMOVED) {
                continue;
            }
            boolean proposed = box.decision() == RedactionBox.Decision.PROPOSED;
            g.setColor(proposed ? new Color(255, 221, 0) : new Color(212, 53, 28));
            g.setStroke(proposed ? new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] { 8, 6 }, 0) : new BasicStroke(3));
            g.drawRect(rect.x(), rect.y(), rect.w(), rect.h());
            g.drawString(box.id(), rect.x() + 4, Math.max(14, rect.y() - 4));
        }
    }

    /** Runs face detection on frames sampled across the clip and puts its proposals in the plan, undecided. */
    void detect(long itemId, String fileId) {
        FaceDetector detector = tools.detector();
        if (detector == null) {
            throw new RedactionRefused(503, "Face detection is unavailable on this portal (" + tools.detectorProblem()
                    + "): draw the boxes by hand");
        }
        Redactions.Workspace space = redactions.workspace(itemId, fileId);
        if (space.plan() == null) {
            throw new RedactionRefused(409, "Start redacting this file first");
        }
        RedactionPlan plan = space.plan();
        double step = Math.max(config.sampleEvery(), plan.durationSeconds / config.maxSamples());
        List<double[]> samples = new ArrayList<>();
        for (double t = 0; t < plan.durationSeconds && samples.size() < config.maxSamples(); t += step) {
            byte[] png = read(space.master(), t);
            for (RedactionBox.Rect face : detector.faces(png)) {
                samples.add(new double[] { t, face.x(), face.y(), face.w(), face.h() });
            }
        }
        List<RedactionBox> proposals = FaceTracks.proposals(samples, step, plan.width, plan.height,
                plan.durationSeconds);
        redactions.change(itemId, fileId, current -> {
            List<RedactionBox> boxes = new ArrayList<>(current.boxList().stream()
                    .filter(b -> b.decision() != RedactionBox.Decision.PROPOSED).toList());
            for (RedactionBox proposal : proposals) {
                String id = Redactions.nextId(boxes);
                boxes.add(new RedactionBox(id, proposal.source(), proposal.decision(), proposal.method(),
                        proposal.start(), proposal.end(), proposal.keyframes(), null, null));
            }
            current.boxList(boxes);
            return "Face detection proposed " + proposals.size() + " box" + (proposals.size() == 1 ? "" : "es")
                    + ", each to be accepted or removed";
        });
    }

    private byte[] read(EvidenceFile master, double t) {
        try {
            return tools.ffmpeg().png(store.presign(master.objectKey, master.fileName), t);
        } catch (Ffmpeg.Failed e) {
            throw new RedactionRefused(422, "ffmpeg cannot read the picture of " + master.fileName);
        } catch (EvidenceStore.StoreUnavailable e) {
            throw new RedactionRefused(503, "The evidence store is not available just now: try again in a few"
                    + " minutes");
        }
    }
}
