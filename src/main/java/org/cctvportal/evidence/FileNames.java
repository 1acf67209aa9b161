package org.cctvportal.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as the user gave them are kept only to show and to offer on download: never in an object key, never
 * raw in a header. {@link #safe} keeps the last path segment without control characters; {@link #contentDisposition}
 * writes RFC 6266's header with an ASCII fallback and the exact name in {@code filename*}.
 */
public final class FileNames {

    static final int MAX = 200;

    private FileNames() {
    }

    /** The name to store: no directories, no control characters, no quotes or backslashes, not blank, not too long. */
    public static String safe(String name) {
        String value = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        value = value.replaceAll(".*[/\\\\]", "");
        value = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "_").strip();
        while (value.startsWith(".")) {
            value = value.substring(1);
        }
        if (value.length() > MAX) {
            value = value.substring(value.length() - MAX);
        }
        return value.isBlank() ? "evidence" : value;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    public static String contentDisposition(String name) {
        String safe = safe(name);
        String ascii = safe.replaceAll("[^A-Za-z0-9 ._()-]", "_");
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
