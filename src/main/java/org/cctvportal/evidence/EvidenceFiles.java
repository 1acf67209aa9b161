package org.cctvportal.evidence;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.web.ErrorMapper;

/**
 * What the page and the API share about files: the raw-body upload's parameters (the body is the file itself, so
 * nothing is buffered to disk as a multipart form would be), its JSON answer, and a file streamed as an attachment.
 */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** The upload's description, in the query string and headers; the content decides its type. */
    public static class UploadParams {
        @QueryParam("kind")
        public String kind;

        @QueryParam("label")
        public String label;

        @QueryParam("derivedFrom")
        public String derivedFrom;

        /** "true" for a derivative that hides third parties (redacted elsewhere and uploaded here). */
        @QueryParam("redacted")
        public String redacted;

        /** The file's name, percent-encoded (UTF-8), as the browser knows it. */
        @HeaderParam("X-File-Name")
        public String fileName;

        @HeaderParam("Content-Length")
        public Long contentLength;
    }

    /** A file as the API shows it. */
    public record FileJson(UUID id, String kind, String label, UUID derivedFrom, String fileName, String format,
            String mediaType, Long sizeBytes, String sha256, String status, String uploadedBy, Instant storedAt,
            boolean redacted) {
        static FileJson of(EvidenceFile f) {
            return new FileJson(f.id, f.kind.name(), f.label, f.derivedFrom, f.fileName, f.format, f.mediaType,
                    f.sizeBytes, f.sha256, f.status.name(), f.uploadedBy, f.storedAt, f.redacted);
        }
    }

    static Response upload(EvidenceUploads uploads, long id, UploadParams params, InputStream body, String next) {
        try {
            EvidenceFile.Kind kind = params.kind == null || params.kind.isBlank() ? EvidenceFile.Kind.MASTER
                    : EvidenceFile.Kind.valueOf(params.kind.strip());
            if (kind == EvidenceFile.Kind.WORKING_COPY) {
                throw new UploadRefused(400, "kind", "A working copy is made from the master, not uploaded");
            }
            String name = params.fileName == null ? null : URLDecoder.decode(params.fileName, StandardCharsets.UTF_8);
            UUID master = params.derivedFrom == null || params.derivedFrom.isBlank() ? null
                    : uuidOrRefuse(params.derivedFrom);
            EvidenceFile file = uploads.upload(id, new EvidenceUploads.Upload(name, kind, params.label, master,
                    params.contentLength, "true".equalsIgnoreCase(params.redacted)), body);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", FileJson.of(file));
            json.put("next", next);
            return Response.created(URI.create("/api/v1/evidence/" + id + "/files")).type(MediaType.APPLICATION_JSON)
                    .entity(json).build();
        } catch (IllegalArgumentException e) {
            return refused(new UploadRefused(400, "kind", "Choose whether the file is the master exhibit or a"
                    + " derivative"));
        } catch (UploadRefused e) {
            return refused(e);
        }
    }

    static Response refused(UploadRefused e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(new ErrorMapper.ApiError(
                e.status(), e.getMessage(), Map.of(e.field(), e.getMessage()))).build();
    }

    static Response attachment(EvidenceExports exports, EvidenceFile file) {
        StreamingOutput body = out -> exports.stream(file, out);
        return Response.ok(body, file.mediaType).header("Content-Disposition",
                FileNames.contentDisposition(file.fileName)).header("Content-Length", file.sizeBytes)
                .header("X-Content-SHA256", file.sha256).header("Cache-Control", "no-store").build();
    }

    /** A file id from the path; a malformed one is simply not found. */
    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("No such file");
        }
    }

    private static UUID uuidOrRefuse(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new UploadRefused(400, "derivedFrom", "Select the master exhibit the derivative was made from");
        }
    }
}
