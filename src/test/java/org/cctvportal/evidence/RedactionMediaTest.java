package org.cctvportal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redaction on real ffmpeg and OpenCV (the Debian packages), on generated clips: what is inside a box carries no
 * detail, what is outside is the master's picture, a moving box follows its keyframes, the same plan gives the same
 * picture, and the face detector finds the known face.
 */
class RedactionMediaTest {

    private static final Ffmpeg FFMPEG = new Ffmpeg("ffmpeg", "ffprobe");

    @TempDir
    Path dir;

    private static RedactionBox box(RedactionBox.Method method, double start, double end,
            RedactionBox.Keyframe... frames) {
        return new RedactionBox("b", RedactionBox.Source.DRAWN, RedactionBox.Decision.ACCEPTED, method, start, end,
                List.of(frames), "oxford.evidence", "2026-01-01T00:00:00Z");
    }

    private Path render(Path master, String name, boolean keepAudio, RedactionBox... boxes) {
        Path out = dir.resolve(name);
        RedactionRender.render(FFMPEG, master, FFMPEG.probe(master.toString()), List.of(boxes), keepAudio, out,
                n -> true);
        return out;
    }

    @Test
    void aBlurredBoxCarriesNoDetailAndTheRestIsTheMastersPicture() {
        Path master = Clips.pattern(dir, 3);
        Path out = render(master, "blur.mp4", false, box(RedactionBox.Method.BLUR, 0, 3,
                new RedactionBox.Keyframe(0, 160, 100, 100, 80)));
        byte[] before = Clips.frame(master, 1.5);
        byte[] after = Clips.frame(out, 1.5);
        assertTrue(Clips.variance(before, 320, 165, 105, 90, 70) > 300, "the master has detail there");
        assertTrue(Clips.variance(after, 320, 165, 105, 90, 70) < 40, "no detail is left inside the box: "
                + Clips.variance(after, 320, 165, 105, 90, 70));
        assertTrue(Clips.difference(before, after, 320, 0, 0, 150, 240) < 3, "the left of the picture is unchanged");
        Ffmpeg.Clip clip = FFMPEG.probe(out.toString());
        assertFalse(clip.audio(), "muted");
        assertEquals(320, clip.width());
    }

    @Test
    void aFilledBoxIsBlackAndFollowsItsKeyframesAndSoundIsKept() {
        Path master = Clips.pattern(dir, 4);
        RedactionBox moving = box(RedactionBox.Method.FILL, 1, 3, new RedactionBox.Keyframe(1, 0, 0, 40, 40),
                new RedactionBox.Keyframe(3, 200, 160, 40, 40));
        Path out = render(master, "fill.mp4", true, moving);
        assertTrue(FFMPEG.probe(out.toString()).audio(), "the sound is kept");
        byte[] middle = Clips.frame(out, 2);
        // Half-way between (0,0) and (200,160): the box is at (100,80).
        assertTrue(Clips.variance(middle, 320, 104, 84, 32, 32) < 2, "flat inside the box");
        assertTrue(Clips.difference(middle, new byte[middle.length], 320, 104, 84, 32, 32) < 6, "black");
        byte[] master2 = Clips.frame(master, 2);
        assertTrue(Clips.difference(master2, middle, 320, 0, 0, 30, 30) < 3, "where the box was at the start");
        byte[] before = Clips.frame(out, 0.5);
        assertTrue(Clips.difference(Clips.frame(master, 0.5), before, 320, 0, 0, 320, 240) < 3,
                "nothing hidden before the box's time range");
        assertNull(moving.at(3.5));
    }

    @Test
    void theSamePlanTwiceGivesTheSamePicture() {
        Path master = Clips.pattern(dir, 2);
        RedactionBox blur = box(RedactionBox.Method.BLUR, 0, 2, new RedactionBox.Keyframe(0, 20, 20, 120, 90));
        Path one = render(master, "one.mp4", false, blur);
        Path two = render(master, "two.mp4", false, blur);
        for (double t : new double[] { 0.2, 1.0, 1.7 }) {
            assertTrue(Clips.difference(Clips.frame(one, t), Clips.frame(two, t), 320, 0, 0, 320, 240) < 0.5);
        }
    }

    @Test
    void aClipFfmpegCannotReadIsRefused() throws Exception {
        Path junk = dir.resolve("junk.mp4");
        Files.write(junk, new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 1, 2, 3 });
        assertThrows(Ffmpeg.Failed.class, () -> FFMPEG.probe(junk.toString()));
    }

    @Test
    void theDetectorProposesABoxOverTheKnownFace() {
        Path clip = Clips.face(dir, 2);
        FaceDetector detector = FaceDetector.open("/usr/share/java/opencv.jar", "/usr/lib/jni/libopencv_java460.so",
                "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");
        List<RedactionBox.Rect> faces = detector.faces(FFMPEG.png(clip.toString(), 1));
        assertFalse(faces.isEmpty(), "a face is found");
        RedactionBox.Rect face = faces.get(0);
        System.out.println("face at " + face);
        // The face fills (100,40)-(220,196); its centre must be inside the proposal.
        assertTrue(face.x() < 160 && face.x() + face.w() > 160 && face.y() < 118 && face.y() + face.h() > 118
                && face.x() >= 80 && face.x() + face.w() <= 240,
                "over the face: " + face);
    }
}
