package org.cctvportal.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One box of a redaction plan: what hides, from when to when, and where, given by keyframes (the box moves in a
 * straight line between two). A proposal of the face detector hides nothing until a person accepts it.
 */
public record RedactionBox(String id, Source source, Decision decision, Method method, double start, double end,
        List<Keyframe> keyframes, String decidedBy, String decidedAt) {

    /** Who drew the box. */
    public enum Source {
        DETECTED, DRAWN
    }

    /** What a person decided about it. */
    public enum Decision {
        PROPOSED, ACCEPTED, REMOVED
    }

    /** How it hides. */
    public enum Method {
        BLUR("Blur"), FILL("Solid fill");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the box is at one moment, in pixels of the master's frame. */
    public record Keyframe(double t, int x, int y, int w, int h) {
    }

    /** A rectangle in pixels. */
    public record Rect(int x, int y, int w, int h) {
    }

    public RedactionBox {
        keyframes = keyframes.stream().sorted(Comparator.comparingDouble(Keyframe::t)).toList();
    }

    public boolean hides() {
        return decision == Decision.ACCEPTED;
    }

    /** Where the box is at {@code t} seconds, or null outside its time range. */
    public Rect at(double t) {
        if (t < start || t > end || keyframes.isEmpty()) {
            return null;
        }
        Keyframe before = keyframes.get(0);
        if (t <= before.t()) {
            return rect(before);
        }
        for (Keyframe after : keyframes) {
            if (after.t() >= t) {
                double f = (t - before.t()) / (after.t() - before.t());
                return new Rect(lerp(before.x(), after.x(), f), lerp(before.y(), after.y(), f),
                        lerp(before.w(), after.w(), f), lerp(before.h(), after.h(), f));
            }
            before = after;
        }
        return rect(before);
    }

    public RedactionBox decided(Decision next, String who, String when) {
        return new RedactionBox(id, source, next, method, start, end, keyframes, who, when);
    }

    /** The box with a keyframe at {@code frame.t()} (replacing one at the same moment), accepted by {@code who}. */
    public RedactionBox adjusted(Keyframe frame, String who, String when) {
        List<Keyframe> frames = new ArrayList<>(keyframes.stream().filter(k -> k.t() != frame.t()).toList());
        frames.add(frame);
        return new RedactionBox(id, source, Decision.ACCEPTED, method, start, end, frames, who, when);
    }

    private static Rect rect(Keyframe k) {
        return new Rect(k.x(), k.y(), k.w(), k.h());
    }

    private static int lerp(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
