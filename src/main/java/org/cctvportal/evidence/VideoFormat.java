package org.cctvportal.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The video container formats the vault recognises, told apart by the bytes a file starts with rather than by its
 * name or the type the browser claims. Native CCTV exports are mostly MP4/MOV, AVI, Matroska or MPEG transport and
 * program streams.
 */
public enum VideoFormat {
    MP4("video/mp4", "mp4"), MOV("video/quicktime", "mov"), AVI("video/x-msvideo", "avi"),
    MATROSKA("video/x-matroska", "mkv"), WEBM("video/webm", "webm"), MPEG_TS("video/mp2t", "ts"),
    MPEG_PS("video/mpeg", "mpg");

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD = 4096;
    private static final int TS_PACKET = 188;

    private final String mediaType;
    private final String extension;

    VideoFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format {@code head} (the first bytes of a file, up to {@link #HEAD}) starts like, if any. */
    public static Optional<VideoFormat> sniff(byte[] head, int length) {
        byte[] b = Arrays.copyOf(head, Math.min(length, head.length));
        if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp")) {
            return Optional.of(ascii(b, 8, 4).equals("qt  ") ? MOV : MP4);
        }
        if (b.length >= 8 && (ascii(b, 4, 4).equals("moov") || ascii(b, 4, 4).equals("mdat")
                || ascii(b, 4, 4).equals("wide"))) {
            return Optional.of(MOV);
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("AVI ")) {
            return Optional.of(AVI);
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0x1A && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xDF
                && (b[3] & 0xff) == 0xA3) {
            return Optional.of(new String(b, StandardCharsets.ISO_8859_1).contains("webm") ? WEBM : MATROSKA);
        }
        if (isTransportStream(b)) {
            return Optional.of(MPEG_TS);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 1 && (b[3] & 0xff) == 0xBA) {
            return Optional.of(MPEG_PS);
        }
        return Optional.empty();
    }

    /** Sync bytes (0x47) at the start of every 188-byte packet seen, at least two packets (or one short file). */
    private static boolean isTransportStream(byte[] b) {
        if (b.length < TS_PACKET || b[0] != 0x47) {
            return false;
        }
        for (int at = 0; at < b.length; at += TS_PACKET) {
            if (b[at] != 0x47) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int from, int length) {
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
}
