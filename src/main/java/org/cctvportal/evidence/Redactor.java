package org.cctvportal.evidence;

/**
 * Hides a rectangle of an RGB24 frame. A fill paints it black. A blur averages each pixel with its neighbours from
 * inside the box only (nothing outside leaks in, nothing inside leaks out), three passes of a box filter twice as
 * wide as the box, which leaves a smooth wash that keeps no face or plate readable.
 */
final class Redactor {

    private Redactor() {
    }

    static void hide(byte[] rgb, int width, int height, RedactionBox.Rect box, RedactionBox.Method method) {
        int x0 = Math.max(0, box.x());
        int y0 = Math.max(0, box.y());
        int x1 = Math.min(width, box.x() + box.w());
        int y1 = Math.min(height, box.y() + box.h());
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        if (method == RedactionBox.Method.FILL) {
            for (int y = y0; y < y1; y++) {
                java.util.Arrays.fill(rgb, (y * width + x0) * 3, (y * width + x1) * 3, (byte) 0);
            }
            return;
        }
        int w = x1 - x0;
        int h = y1 - y0;
        int radius = Math.max(2, Math.max(w, h));
        float[] plane = new float[w * h];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    plane[y * w + x] = rgb[((y0 + y) * width + x0 + x) * 3 + c] & 0xff;
                }
            }
            for (int pass = 0; pass < 3; pass++) {
                blur(plane, w, h, radius, true);
                blur(plane, w, h, radius, false);
            }
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    rgb[((y0 + y) * width + x0 + x) * 3 + c] = (byte) Math.round(plane[y * w + x]);
                }
            }
        }
    }

    /** One running-sum box filter along rows or columns, clamped at the box's edges. */
    private static void blur(float[] plane, int w, int h, int radius, boolean rows) {
        int lines = rows ? h : w;
        int length = rows ? w : h;
        float[] line = new float[length];
        for (int l = 0; l < lines; l++) {
            for (int i = 0; i < length; i++) {
                line[i] = plane[rows ? l * w + i : i * w + l];
            }
            float sum = 0;
            for (int i = -radius; i <= radius; i++) {
                sum += line[clamp(i, length)];
            }
            float n = 2 * radius + 1;
            for (int i = 0; i < length; i++) {
                plane[rows ? l * w + i : i * w + l] = sum / n;
                sum += line[clamp(i + radius + 1, length)] - line[clamp(i - radius, length)];
            }
        }
    }

    private static int clamp(int i, int length) {
        return i < 0 ? 0 : i >= length ? length - 1 : i;
    }
}
