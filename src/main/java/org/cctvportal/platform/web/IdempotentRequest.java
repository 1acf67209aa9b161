package org.cctvportal.platform.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * What makes two requests the same for an {@code Idempotency-Key}: the method, the address with its query, and the
 * body (a form's fields in name order, as a form's order is the browser's; an uploaded file by its name and size).
 */
final class IdempotentRequest {

    private IdempotentRequest() {
    }

    /** The SHA-256 of the request, in hex. */
    static String hash(String method, URI address, Object body) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(digest, method);
        update(digest, address.getRawPath());
        update(digest, address.getRawQuery() == null ? "" : address.getRawQuery());
        if (body instanceof FormData form) {
            TreeSet<String> names = new TreeSet<>();
            form.forEach(names::add);
            for (String name : names) {
                for (FormValue value : form.get(name)) {
                    update(digest, name);
                    update(digest, value.isFileItem() ? "file " + value.getFileName() + " " + size(value)
                            : value.getValue());
                }
            }
        } else if (body instanceof byte[] bytes) {
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long size(FormValue value) {
        try {
            return value.getFileItem().getFileSize();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** A value with its length first, so that ("ab", "c") and ("a", "bc") differ. */
    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
