package org.cctvportal.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * ffmpeg and ffprobe as processes: what a clip holds, one frame of it, and the two ends of a render (frames out as
 * raw RGB, frames in to H.264). Input is a local file or a presigned link to the object, never the browser.
 */
final class Ffmpeg {

    /** ffmpeg could not read the clip or stopped with an error. */
    static class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    /** What the clip holds: picture size, length, frame rate and whether it has sound. */
    record Clip(int width, int height, double duration, double fps, boolean audio) {
        long frames() {
            return Math.max(1, Math.round(duration * fps));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String ffmpeg;
    private final String ffprobe;

    Ffmpeg(String ffmpeg, String ffprobe) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
    }

    /** True when both programs run. */
    boolean available() {
        try {
            return run(List.of(ffmpeg, "-version")).length > 0 && run(List.of(ffprobe, "-version")).length > 0;
        } catch (Failed e) {
            return false;
        }
    }

    Clip probe(String input) {
        byte[] out = run(List.of(ffprobe, "-v", "error", "-print_format", "json", "-show_streams", "-show_format",
                input));
        try {
            JsonNode root = JSON.readTree(out);
            JsonNode video = null;
            boolean audio = false;
            for (JsonNode stream : root.path("streams")) {
                if ("video".equals(stream.path("codec_type").asText()) && video == null) {
                    video = stream;
                }
                audio |= "audio".equals(stream.path("codec_type").asText());
            }
            double duration = root.path("format").path("duration").asDouble(0);
            if (video == null || video.path("width").asInt() <= 0 || duration <= 0) {
                throw new Failed("The clip holds no picture ffmpeg can read");
            }
            double fps = rate(video.path("avg_frame_rate").asText());
            fps = fps > 0 && fps <= 120 ? fps : rate(video.path("r_frame_rate").asText());
            return new Clip(video.path("width").asInt(), video.path("height").asInt(), duration,
                    fps > 0 && fps <= 120 ? fps : 25, audio);
        } catch (IOException e) {
            throw new Failed("The clip could not be read: " + e.getMessage());
        }
    }

    /** The frame at {@code t} seconds as a PNG. */
    byte[] png(String input, double t) {
        byte[] png = run(List.of(ffmpeg, "-nostdin", "-v", "error", "-ss", seconds(t), "-i", input, "-frames:v", "1",
                "-f", "image2pipe", "-c:v", "png", "-"));
        if (png.length == 0) {
            throw new Failed("The clip has no frame at " + seconds(t) + " s");
        }
        return png;
    }

    /** Decodes the clip as raw RGB24 frames at a constant {@code fps}, read from the process's output. */
    ProcessBuilder decoder(String input, double fps) {
        return new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-i", input, "-map", "0:v:0", "-vf",
                "fps=" + seconds(fps), "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
    }

    /** Encodes raw RGB24 frames from its input into an MP4, with the master's sound or none. */
    ProcessBuilder encoder(Clip clip, String master, boolean keepAudio, String output) {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error", "-y", "-f", "rawvideo",
                "-pix_fmt", "rgb24", "-s", clip.width() + "x" + clip.height(), "-framerate", seconds(clip.fps()),
                "-i", "-"));
        if (keepAudio && clip.audio()) {
            command.addAll(List.of("-i", master, "-map", "0:v:0", "-map", "1:a:0", "-c:a", "aac", "-shortest"));
        } else {
            command.addAll(List.of("-map", "0:v:0", "-an"));
        }
        command.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p",
                "-threads", "1", "-movflags", "+faststart", "-f", "mp4", output));
        return new ProcessBuilder(command);
    }

    private static byte[] run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Failed("ffmpeg took too long");
            }
            if (process.exitValue() != 0) {
                throw new Failed("ffmpeg could not read the clip");
            }
            return out;
        } catch (IOException e) {
            throw new Failed("ffmpeg is not available: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
    }

    private static double rate(String fraction) {
        String[] parts = fraction.split("/");
        try {
            double n = Double.parseDouble(parts[0]);
            double d = parts.length > 1 ? Double.parseDouble(parts[1]) : 1;
            return d == 0 ? 0 : n / d;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String seconds(double t) {
        return String.format(Locale.ROOT, "%.3f", t);
    }
}
