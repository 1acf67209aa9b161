package org.cctvportal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Clips made by ffmpeg's test sources for redaction tests, and frames read back from them as raw RGB. */
final class Clips {

    /** A face cut out in OpenCV's documentation (40x52), which the frontal-face cascade finds once enlarged. */
    static final String FACE = "/usr/share/doc/opencv-doc/opencv4/html/messi_face.jpg";

    private Clips() {
    }

    /** A 320x240 test pattern at 10 fps with a tone, a red box drawn at (40,40) 80x60. */
    static Path pattern(Path dir, double seconds) {
        Path out = dir.resolve("pattern.mp4");
        run("ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=320x240:rate=10:duration=" + seconds, "-f", "lavfi", "-i",
                "sine=frequency=440:duration=" + seconds, "-vf", "drawbox=x=40:y=40:w=80:h=60:color=red:t=fill",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", out.toString());
        return out;
    }

    /** The face, enlarged to 120x156 at (100,40), over a 320x240 test pattern at 10 fps. */
    static Path face(Path dir, double seconds) {
        Path out = dir.resolve("face.mp4");
        run("ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=320x240:rate=10:duration=" + seconds, "-loop", "1", "-i", FACE, "-filter_complex",
                "[1:v]scale=120:156[f];[0:v][f]overlay=100:40:shortest=1", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                out.toString());
        return out;
    }

    /** The frame at {@code t} seconds as RGB24. */
    static byte[] frame(Path clip, double t) {
        return run("ffmpeg", "-nostdin", "-v", "error", "-ss", String.format(Locale.ROOT, "%.3f", t), "-i",
                clip.toString(), "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
    }

    /** The variance of brightness inside a rectangle. */
    static double variance(byte[] rgb, int width, int x, int y, int w, int h) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                int p = (j * width + i) * 3;
                double v = ((rgb[p] & 0xff) + (rgb[p + 1] & 0xff) + (rgb[p + 2] & 0xff)) / 3.0;
                sum += v;
                squares += v * v;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }

    /** The mean absolute difference of two frames inside a rectangle, per channel. */
    static double difference(byte[] a, byte[] b, int width, int x, int y, int w, int h) {
        double sum = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                for (int c = 0; c < 3; c++) {
                    int p = (j * width + i) * 3 + c;
                    sum += Math.abs((a[p] & 0xff) - (b[p] & 0xff));
                }
            }
        }
        return sum / (w * h * 3.0);
    }

    static byte[] run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("failed: " + new ArrayList<>(List.of(command)));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
