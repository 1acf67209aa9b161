package org.cctvportal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.storage.MultipartUploads;
import org.cctvportal.platform.storage.StorageConfig;
import org.junit.jupiter.api.Test;

/**
 * Uploads that overlap receiving with sending, against the real S3 server: whatever the length (one part, parts and a
 * bit, exactly whole parts), the object holds the bytes sent, the hash the store reports is theirs, and no multipart
 * upload is left open.
 */
@QuarkusTest
class PartPipelineTest {

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    @Inject
    StorageConfig storage;

    @Inject
    MultipartUploads multipart;

    @Test
    void partsAndABitAreStoredWholeWithTheirHash() throws Exception {
        stored(3 * (int) config.partSize() + 512 * 1024 + 7);
    }

    @Test
    void exactlyWholePartsEndWithoutAnEmptyPart() throws Exception {
        stored(2 * (int) config.partSize());
    }

    @Test
    void aFileSmallerThanAPartGoesInOnePut() throws Exception {
        stored(100_000);
    }

    private void stored(int size) throws Exception {
        byte[] bytes = EvidenceApiSupport.clip(size);
        String key = "thames-valley/tv-oxford-city/0/" + UUID.randomUUID();

        String hash = store.put(key, new ByteArrayInputStream(bytes), "video/mp4", "pipeline.mp4");

        assertEquals(EvidenceApiSupport.sha256(bytes), hash, "the hash is of exactly the bytes sent");
        assertEquals(hash, store.sha256(key), "the object holds exactly the bytes sent");
        assertEquals(List.of(), multipart.list(storage.evidenceBucket(), key), "no upload left open");
        store.remove(key);
    }
}
