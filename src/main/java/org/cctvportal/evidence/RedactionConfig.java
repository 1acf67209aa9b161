package org.cctvportal.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The redaction tools (ffmpeg and OpenCV from Debian packages) and how renders are run. */
@ConfigMapping(prefix = "portal.redaction")
public interface RedactionConfig {

    /** The ffmpeg program (Debian package ffmpeg): a name on the PATH or an absolute path. */
    @WithDefault("ffmpeg")
    String ffmpeg();

    /** The ffprobe program that comes with ffmpeg. */
    @WithDefault("ffprobe")
    String ffprobe();

    /** OpenCV's Java bindings (Debian package libopencv-java), loaded at run time from this path. */
    @WithDefault("/usr/share/java/opencv.jar")
    String opencvJar();

    /** The JNI library of those bindings (same package). */
    @WithDefault("/usr/lib/jni/libopencv_java460.so")
    String opencvLibrary();

    /** The Haar cascade that finds frontal faces (Debian package opencv-data). */
    @WithDefault("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml")
    String cascade();

    /** A still with a face (Debian package opencv-doc) that the demo's Cornmarket Street clip shows. */
    @WithDefault("/usr/share/doc/opencv-doc/opencv4/html/messi_face.jpg")
    String demoFace();

    /** Seconds between the frames face detection looks at. */
    @WithDefault("1")
    double sampleEvery();

    /** The most frames face detection looks at in one clip. */
    @WithDefault("60")
    int maxSamples();

    /** Where a render keeps the master and the derivative while it works (removed when it ends). */
    @WithDefault("${java.io.tmpdir}/cctv-redaction")
    String workDir();

    /** How often the render queue is looked at (also how soon a queued render starts). */
    @WithDefault("5s")
    Duration pollEvery();

    /** A render whose worker has not reported for this long is taken to have died with its portal and restarts. */
    @WithDefault("1m")
    Duration staleAfter();
}
