package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.sha256;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evidence uploads keep the large body limit while every other route is small, and their raw bytes (NUL bytes and
 * all) are footage, not text: neither the size check nor the control-character check touches them.
 */
@QuarkusTest
class EvidenceUploadLimitTest {

    @Test
    void anUploadAboveTheSmallLimitWithNulBytesIsStored() throws Exception {
        long item = createItem("oxford.evidence", Map.of());
        byte[] bytes = clip(2 * 1024 * 1024 + 17);
        bytes[bytes.length - 1] = 0;
        bytes[bytes.length - 2] = 0;
        upload("oxford.evidence", item, bytes, "big.mp4", "label=Camera%201").then().statusCode(201)
                .body("file.sha256", equalTo(sha256(bytes)));
    }
}
