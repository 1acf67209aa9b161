package org.cctvportal.evidence;

/**
 * Loads OpenCV's JNI library. {@link FaceDetector} defines this class a second time inside the class loader that
 * holds OpenCV's jar, so the library binds to that loader (JNI links a native method through the loader of the class
 * that loaded the library); it is never used from the portal's own loader.
 */
public final class OpenCvNatives {

    private OpenCvNatives() {
    }

    public static void load(String path) {
        System.load(path);
    }
}
