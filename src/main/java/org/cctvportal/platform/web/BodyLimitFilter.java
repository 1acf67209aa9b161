package org.cctvportal.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cctvportal.estate.EstateImportConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body larger than its route accepts from its declared length, before any of it is read or spooled to
 * disk: evidence uploads up to the server's overall limit, estate imports up to their file limit (plus the form
 * around the file), every other route {@link BodyLimits#smallBodyMaxBytes()}. A body of undeclared length (chunked)
 * cannot be judged before it is read, so only the upload routes accept one: evidence uploads, and estate imports,
 * whose multipart form some clients send chunked (browsers declare the length); such an import is then limited by the
 * server's overall limit while it is read and refused by its file check after.
 */
public class BodyLimitFilter {

    /** Room for the multipart framing and the other fields of the import form around the file itself. */
    static final long IMPORT_FORM_OVERHEAD = 64 * 1024;
    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/(api/v1/)?evidence/[^/]+/files/?");
    private static final Pattern ESTATE_IMPORT = Pattern.compile("/estate/import/?");

    @Inject
    BodyLimits limits;

    @Inject
    EstateImportConfig imports;

    @ServerRequestFilter(preMatching = true)
    public void limitBody(ContainerRequestContext context) {
        String path = context.getUriInfo().getRequestUri().getRawPath();
        Long limit = limitFor(context.getMethod(), path);
        if (limit == null) {
            return;
        }
        String length = context.getHeaderString("Content-Length");
        if (length == null) {
            if (context.getHeaderString("Transfer-Encoding") != null && !isImport(context.getMethod(), path)) {
                throw new RefusedInputException(411, null, "Send this request with its length (Content-Length):"
                        + " only uploads may be sent without one");
            }
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new RefusedInputException(400, null, "The request's Content-Length is not a number");
        }
        if (bytes > limit) {
            throw new RefusedInputException(413, null, "The request is " + size(bytes) + "; this page accepts at most "
                    + size(limit));
        }
    }

    /** The route's limit, or null where the server's overall limit applies (evidence uploads). */
    Long limitFor(String method, String path) {
        if ("POST".equals(method) && EVIDENCE_UPLOAD.matcher(path).matches()) {
            return null;
        }
        if (isImport(method, path)) {
            return imports.importMaxBytes() + IMPORT_FORM_OVERHEAD;
        }
        return limits.smallBodyMaxBytes();
    }

    private static boolean isImport(String method, String path) {
        return "POST".equals(method) && ESTATE_IMPORT.matcher(path).matches();
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.UK, "%,d bytes", bytes)
                : String.format(Locale.UK, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
