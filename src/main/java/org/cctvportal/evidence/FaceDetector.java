package org.cctvportal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds faces in a frame with OpenCV's Haar cascade, through the Java bindings Debian ships
 * ({@code libopencv-java}). The jar is loaded at run time from the configured path, not bundled: it must match the
 * JNI library of the same package, and the portal still starts where OpenCV is not installed (redaction then says it
 * is unavailable). One loader serves the whole JVM, as a JNI library loads into one class loader only.
 */
final class FaceDetector {

    private static final String LOADER = "org.cctvportal.opencv.loader";

    private final ClassLoader opencv;
    private final String cascade;

    private FaceDetector(ClassLoader opencv, String cascade) {
        this.opencv = opencv;
        this.cascade = cascade;
    }

    /** The detector, or an explanation of what is missing. */
    static FaceDetector open(String jar, String library, String cascade) {
        String missing = missing(jar, library, cascade);
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        return new FaceDetector(loader(jar, library), cascade);
    }

    /**
     * What is missing for face detection, or null when the files are all there; loads nothing (OpenCV's JNI library
     * brings about 270 shared libraries with it, so it is loaded on first use, not at start).
     */
    static String missing(String jar, String library, String cascade) {
        for (String path : List.of(jar, library, cascade)) {
            if (!Files.isReadable(Path.of(path))) {
                return path + " is missing (install libopencv-java and opencv-data)";
            }
        }
        return null;
    }

    private static synchronized ClassLoader loader(String jar, String library) {
        // Kept in the JVM's properties so a second portal in the same JVM (a test restarting Quarkus) reuses it.
        Object kept = System.getProperties().get(LOADER);
        if (kept instanceof ClassLoader loader) {
            return loader;
        }
        try {
            Loader loader = new Loader(Path.of(jar).toUri().toURL());
            String name = OpenCvNatives.class.getName();
            byte[] bytes;
            try (InputStream in = FaceDetector.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
                bytes = in.readAllBytes();
            }
            loader.define(name, bytes).getMethod("load", String.class).invoke(null, library);
            System.getProperties().put(LOADER, loader);
            return loader;
        } catch (IOException | ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("OpenCV could not be loaded from " + jar + " and " + library + ": " + e,
                    e);
        }
    }

    /** The faces in a picture (any format OpenCV reads, such as PNG), largest first. */
    List<RedactionBox.Rect> faces(byte[] picture) {
        try {
            Class<?> mat = type("org.opencv.core.Mat");
            Class<?> matOfRect = type("org.opencv.core.MatOfRect");
            Object encoded = type("org.opencv.core.MatOfByte").getConstructor(byte[].class)
                    .newInstance((Object) picture);
            Object grey = type("org.opencv.imgcodecs.Imgcodecs").getMethod("imdecode", mat, int.class)
                    .invoke(null, encoded, 0);
            type("org.opencv.imgproc.Imgproc").getMethod("equalizeHist", mat, mat).invoke(null, grey, grey);
            Object classifier = type("org.opencv.objdetect.CascadeClassifier").getConstructor(String.class)
                    .newInstance(cascade);
            Object found = matOfRect.getConstructor().newInstance();
            // Five neighbouring hits before a face counts: fewer proposes faces in a crowd's texture.
            classifier.getClass().getMethod("detectMultiScale", mat, matOfRect, double.class, int.class)
                    .invoke(classifier, grey, found, 1.1, 5);
            List<RedactionBox.Rect> faces = new ArrayList<>();
            for (Object rect : (Object[]) matOfRect.getMethod("toArray").invoke(found)) {
                Class<?> r = rect.getClass();
                faces.add(new RedactionBox.Rect(r.getField("x").getInt(rect), r.getField("y").getInt(rect),
                        r.getField("width").getInt(rect), r.getField("height").getInt(rect)));
            }
            faces.sort((a, b) -> Integer.compare(b.w() * b.h(), a.w() * a.h()));
            release(grey, encoded, found);
            return faces;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenCV failed: " + e, e);
        }
    }

    private void release(Object... mats) throws ReflectiveOperationException {
        Method release = type("org.opencv.core.Mat").getMethod("release");
        for (Object m : mats) {
            release.invoke(m);
        }
    }

    private Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, true, opencv);
    }

    /** The loader of OpenCV's jar; its parent is the platform's, so the portal's own classes stay out. */
    private static final class Loader extends URLClassLoader {
        Loader(URL jar) {
            super("opencv", new URL[] { jar }, ClassLoader.getPlatformClassLoader());
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
