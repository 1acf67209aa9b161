package org.cctvportal.evidence;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One render: ffmpeg decodes the master frame by frame as raw RGB, each frame's accepted boxes (at their position at
 * that frame's time) are hidden here, and a second ffmpeg encodes the frames into the derivative, with or without the
 * master's sound. Nothing but the finished file counts: a stop, a kill or an error anywhere is a failure.
 */
final class RedactionRender {

    /** Asked between frames whether to go on; false stops the render. */
    interface Going {
        boolean on(long frame);
    }

    private RedactionRender() {
    }

    static void render(Ffmpeg ffmpeg, Path master, Ffmpeg.Clip clip, List<RedactionBox> boxes, boolean keepAudio,
            Path output, Going going) {
        List<RedactionBox> hiding = boxes.stream().filter(RedactionBox::hides).toList();
        Process decoder = null;
        Process encoder = null;
        try {
            decoder = ffmpeg.decoder(master.toString(), clip.fps()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            decoder.getOutputStream().close();
            encoder = ffmpeg.encoder(clip, master.toString(), keepAudio, output.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int size = clip.width() * clip.height() * 3;
            byte[] frame = new byte[size];
            long n = 0;
            try (DataInputStream in = new DataInputStream(decoder.getInputStream());
                    OutputStream out = encoder.getOutputStream()) {
                while (read(in, frame)) {
                    if (!going.on(n)) {
                        throw new Stopped();
                    }
                    double t = n / clip.fps();
                    for (RedactionBox box : hiding) {
                        RedactionBox.Rect rect = box.at(t);
                        if (rect != null) {
                            Redactor.hide(frame, clip.width(), clip.height(), rect, box.method());
                        }
                    }
                    out.write(frame);
                    n++;
                }
            }
            if (!decoder.waitFor(60, TimeUnit.SECONDS) || decoder.exitValue() != 0 || n == 0) {
                throw new Ffmpeg.Failed("ffmpeg stopped before it had read the whole clip");
            }
            if (!encoder.waitFor(10, TimeUnit.MINUTES) || encoder.exitValue() != 0) {
                throw new Ffmpeg.Failed("ffmpeg stopped before it had written the redacted clip");
            }
        } catch (IOException e) {
            throw new Ffmpeg.Failed("ffmpeg stopped mid-render: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        } finally {
            stop(decoder);
            stop(encoder);
        }
    }

    /** The render was cancelled. */
    static class Stopped extends RuntimeException {
        Stopped() {
            super("stopped");
        }
    }

    private static boolean read(DataInputStream in, byte[] frame) throws IOException {
        try {
            in.readFully(frame);
            return true;
        } catch (EOFException e) {
            return false;
        }
    }

    private static void stop(Process process) {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
