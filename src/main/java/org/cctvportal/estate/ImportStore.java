package org.cctvportal.estate;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.cctvportal.platform.storage.StorageConfig;
import org.jboss.logging.Logger;

/** Import files in the imports bucket, under keys the portal makes ({@code {partner}/{uuid}}), never file names. */
@ApplicationScoped
class ImportStore {

    private static final Logger LOG = Logger.getLogger(ImportStore.class);

    static final String UNAVAILABLE = "The file store is not available just now, so nothing was imported. Try again"
            + " in a few minutes; if it keeps happening, tell your partnership admin";

    @Inject
    MinioClient client;

    @Inject
    StorageConfig config;

    void put(String key, byte[] bytes, EstateImport.Format format) {
        try {
            client.putObject(PutObjectArgs.builder().bucket(config.importsBucket()).object(key)
                    .data(bytes, bytes.length)
                    .contentType(format == EstateImport.Format.CSV ? "text/csv" : "application/geo+json").build());
        } catch (Exception e) {
            LOG.errorf("Could not store import file %s: %s", key, e.getMessage());
            throw new ImportFileException(503, UNAVAILABLE);
        }
    }

    byte[] get(String key) {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(config.importsBucket()).object(key)
                .build())) {
            return in.readAllBytes();
        } catch (Exception e) {
            if (missing(e)) {
                throw new ImportFileException(409, "The uploaded file is no longer stored, so nothing was changed."
                        + " Upload the file again");
            }
            LOG.errorf("Could not read import file %s: %s", key, e.getMessage());
            throw new ImportFileException(503, UNAVAILABLE);
        }
    }

    /** Removes a file; removing one that is already gone succeeds, so a repeated discard is harmless. */
    void remove(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(config.importsBucket()).object(key).build());
        } catch (Exception e) {
            throw new IllegalStateException("Could not remove import file " + key + ": " + e.getMessage(), e);
        }
    }

    private static boolean missing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponseException response && response.errorResponse() != null
                    && "NoSuchKey".equals(response.errorResponse().code())) {
                return true;
            }
        }
        return false;
    }
}
