package org.cctvportal.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Faces found on sampled frames, joined into moving boxes: a face that overlaps one found on the sample before
 * continues its box with a keyframe, any other starts a box. Each box is a little larger than the face and lasts half
 * a sample step either side of the frames it was found on.
 */
final class FaceTracks {

    private FaceTracks() {
    }

    /** {@code samples}: {t, x, y, w, h} per face found, in time order. */
    static List<RedactionBox> proposals(List<double[]> samples, double step, int width, int height, double duration) {
        List<List<double[]>> tracks = new ArrayList<>();
        for (double[] face : samples) {
            List<double[]> continued = null;
            for (List<double[]> track : tracks) {
                double[] last = track.get(track.size() - 1);
                if (face[0] > last[0] && face[0] - last[0] <= step * 1.5 && overlap(last, face) > 0.3) {
                    continued = track;
                    break;
                }
            }
            if (continued == null) {
                continued = new ArrayList<>();
                tracks.add(continued);
            }
            continued.add(face);
        }
        List<RedactionBox> boxes = new ArrayList<>();
        for (List<double[]> track : tracks) {
            List<RedactionBox.Keyframe> frames = track.stream().map(f -> grown(f, width, height)).toList();
            double start = Math.max(0, track.get(0)[0] - step / 2);
            double end = Math.min(duration, track.get(track.size() - 1)[0] + step / 2);
            boxes.add(new RedactionBox("p", RedactionBox.Source.DETECTED, RedactionBox.Decision.PROPOSED,
                    RedactionBox.Method.BLUR, start, end, frames, null, null));
        }
        return boxes;
    }

    private static RedactionBox.Keyframe grown(double[] f, int width, int height) {
        int margin = (int) Math.round(Math.max(f[3], f[4]) * 0.15);
        int x = Math.max(0, (int) f[1] - margin);
        int y = Math.max(0, (int) f[2] - margin);
        int w = Math.min(width - x, (int) f[3] + 2 * margin);
        int h = Math.min(height - y, (int) f[4] + 2 * margin);
        return new RedactionBox.Keyframe(f[0], x, y, w, h);
    }

    /** Intersection over union of two {t, x, y, w, h} faces. */
    static double overlap(double[] a, double[] b) {
        double ix = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
        double iy = Math.max(0, Math.min(a[2] + a[4], b[2] + b[4]) - Math.max(a[2], b[2]));
        double inter = ix * iy;
        return inter / (a[3] * a[4] + b[3] * b[4] - inter);
    }
}
