package org.cctvportal.evidence;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * ffmpeg and OpenCV as this machine has them. The portal starts without them: the log says what is missing once, and
 * the redaction pages say redaction is unavailable instead of failing. Neither is touched on the way to ready: ffmpeg
 * is tried on a thread of its own once the portal has started, and OpenCV (its JNI library pulls in about 270 shared
 * libraries, tens of MB resident) is loaded when face detection is first needed.
 */
@ApplicationScoped
class RedactionTools {

    private static final Logger LOG = Logger.getLogger(RedactionTools.class);

    @Inject
    RedactionConfig config;

    private volatile Ffmpeg ffmpeg;
    private volatile Boolean ffmpegWorks;
    private volatile FaceDetector detector;
    private volatile String detectorProblem;

    void onStart(@Observes StartupEvent start) {
        Thread check = new Thread(this::report, "redaction-tools-check");
        check.setDaemon(true);
        check.start();
    }

    /** Says once in the log whether redaction and face detection can work here. */
    void report() {
        String missing = FaceDetector.missing(config.opencvJar(), config.opencvLibrary(), config.cascade());
        if (!ffmpegWorks()) {
            LOG.warnf("Redaction is unavailable: %s and %s do not run (install the Debian package ffmpeg, or set"
                    + " portal.redaction.ffmpeg and portal.redaction.ffprobe)", config.ffmpeg(), config.ffprobe());
        } else if (missing != null) {
            LOG.warnf("Face detection is unavailable (redaction works with boxes drawn by hand): %s", missing);
        } else {
            LOG.infof("Redaction ready: %s; face detection loads OpenCV from %s when first used", config.ffmpeg(),
                    config.opencvJar());
        }
    }

    Ffmpeg ffmpeg() {
        if (ffmpeg == null) {
            ffmpeg = new Ffmpeg(config.ffmpeg(), config.ffprobe());
        }
        return ffmpeg;
    }

    boolean ffmpegWorks() {
        if (ffmpegWorks == null) {
            ffmpegWorks = ffmpeg().available();
        }
        return ffmpegWorks;
    }

    /** The face detector, or null when OpenCV is missing ({@link #detectorProblem()} says why). */
    synchronized FaceDetector detector() {
        if (detector == null && detectorProblem == null) {
            try {
                detector = FaceDetector.open(config.opencvJar(), config.opencvLibrary(), config.cascade());
            } catch (RuntimeException e) {
                detectorProblem = e.getMessage();
            }
        }
        return detector;
    }

    String detectorProblem() {
        return detectorProblem;
    }
}
