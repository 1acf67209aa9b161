package org.cctvportal.evidence;

import java.util.List;
import org.cctvportal.platform.web.Links;

/** What the redaction workspace shows. {@code plan} is the open plan (null before one is started). */
public record RedactionView(EvidenceItem item, EvidenceFile master, RedactionPlan plan, RedactionPlan lastDone,
        double t, String saved, String problem, boolean available, boolean detects) {

    static String link(long id, String fileId, String sub) {
        return "/evidence/" + id + "/files/" + Links.encode(fileId) + "/redaction" + sub;
    }

    static double seconds(String t) {
        try {
            double value = t == null ? 0 : Double.parseDouble(t);
            return Double.isFinite(value) && value >= 0 ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public String action(String sub) {
        return link(item.id, master.id.toString(), sub.isEmpty() ? "" : "/" + sub);
    }

    public String frame(boolean preview) {
        return action("frame") + "?t=" + time() + (preview ? "&preview=true" : "");
    }

    public String time() {
        return Ffmpeg.seconds(Math.min(t, plan == null ? t : plan.durationSeconds));
    }

    /** Moments to jump to: the start, each quarter, and near the end. */
    public List<String> moments() {
        double d = plan == null ? 0 : plan.durationSeconds;
        return List.of(0.0, d / 4, d / 2, 3 * d / 4, Math.max(0, d - 0.1)).stream().map(Ffmpeg::seconds).toList();
    }

    public List<RedactionBox> boxes() {
        return plan == null ? List.of() : plan.boxList();
    }

    public List<RedactionPlan.Decision> decisions() {
        List<RedactionPlan.Decision> newestFirst = new java.util.ArrayList<>(plan == null ? List.of()
                : plan.decisionList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The plan whose render the progress area shows: the open one, else the last done. */
    public RedactionPlan shown() {
        return plan != null ? plan : lastDone;
    }

    public boolean running() {
        return plan != null && plan.status.running();
    }

    public boolean editable() {
        return plan != null && !plan.status.running();
    }

    public String duration() {
        return plan == null ? "" : Ffmpeg.seconds(plan.durationSeconds);
    }

    public String range(RedactionBox box) {
        return Ffmpeg.seconds(box.start()) + " s to " + Ffmpeg.seconds(box.end()) + " s";
    }

    public String keyframes(RedactionBox box) {
        return String.join("; ", box.keyframes().stream().map(RedactionForms::describe).toList());
    }

    /** When a decision was made, as the portal writes times (London). */
    public String when(RedactionPlan.Decision decision) {
        return org.cctvportal.platform.web.Formats.whenExactly(java.time.Instant.parse(decision.at()));
    }

    public String itemLink() {
        return EvidenceLinks.evidenceItem(item.id);
    }
}
