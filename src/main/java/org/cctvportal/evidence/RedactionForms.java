package org.cctvportal.evidence;

import jakarta.ws.rs.FormParam;

/** The workspace's box form and its reading: numbers, a box inside the picture, a time range within the clip. */
final class RedactionForms {

    /** Where and when a box is, as typed: pixels of the master's picture and seconds from its start. */
    public static class BoxForm {
        @FormParam("box")
        public String box;

        @FormParam("method")
        public String method;

        @FormParam("t")
        public String t;

        @FormParam("x")
        public String x;

        @FormParam("y")
        public String y;

        @FormParam("w")
        public String w;

        @FormParam("h")
        public String h;

        @FormParam("start")
        public String start;

        @FormParam("end")
        public String end;

        String t() {
            return t;
        }

        String x() {
            return x;
        }

        String y() {
            return y;
        }

        String w() {
            return w;
        }

        String h() {
            return h;
        }

        String start() {
            return start;
        }

        String end() {
            return end;
        }

        String method() {
            return method;
        }
    }

    private RedactionForms() {
    }

    static RedactionBox.Keyframe keyframe(RedactionPlan plan, String t, String x, String y, String w, String h) {
        double at = seconds(t, "Give the moment of the box in seconds", plan);
        int left = pixels(x, "left edge");
        int top = pixels(y, "top edge");
        int width = pixels(w, "width");
        int height = pixels(h, "height");
        if (width < 4 || height < 4) {
            throw new RedactionRefused(400, "Make the box at least 4 pixels wide and high");
        }
        if (left + width > plan.width || top + height > plan.height) {
            throw new RedactionRefused(400, "The box reaches outside the picture, which is " + plan.width + " by "
                    + plan.height + " pixels: move it or make it smaller");
        }
        return new RedactionBox.Keyframe(at, left, top, width, height);
    }

    static double[] range(RedactionPlan plan, String start, String end) {
        double from = seconds(start, "Give the start of the time range in seconds", plan);
        double to = seconds(end, "Give the end of the time range in seconds", plan);
        if (to <= from) {
            throw new RedactionRefused(400, "The time range must end after it starts");
        }
        return new double[] { from, to };
    }

    static RedactionBox.Method method(String value) {
        try {
            return RedactionBox.Method.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new RedactionRefused(400, "Choose blur or solid fill");
        }
    }

    static String describe(RedactionBox.Keyframe k) {
        return "at " + Ffmpeg.seconds(k.t()) + " s: " + k.w() + "x" + k.h() + " at (" + k.x() + ", " + k.y() + ")";
    }

    private static double seconds(String value, String ask, RedactionPlan plan) {
        double t;
        try {
            t = Double.parseDouble(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new RedactionRefused(400, ask + ", such as 2.5");
        }
        if (Double.isNaN(t) || t < 0) {
            throw new RedactionRefused(400, ask + ", from 0");
        }
        if (t > plan.durationSeconds + 0.001) {
            throw new RedactionRefused(400, "The clip ends at " + Ffmpeg.seconds(plan.durationSeconds)
                    + " s: choose a time within it");
        }
        return t;
    }

    private static int pixels(String value, String what) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n < 0) {
                throw new RedactionRefused(400, "The box's " + what + " is outside the picture: use 0 or more pixels");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new RedactionRefused(400, "Give the box's " + what + " in whole pixels");
        }
    }
}
