package org.cctvportal.specification;

import static org.cctvportal.specification.SpecificationPagesTest.AVON_ADMIN;
import static org.cctvportal.specification.SpecificationPagesTest.api;
import static org.cctvportal.specification.SpecificationPagesTest.avonDraft;
import static org.cctvportal.specification.SpecificationPagesTest.versionWith;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * The partnership admin discards a draft after a page saying what is lost; a ratified version cannot be discarded,
 * and another partnership's draft is not found. Runs in Avon and Somerset, so Thames Valley's demo draft stays.
 */
@QuarkusTest
class DraftDiscardTest {

    @Test
    void aDraftIsDiscardedAfterTheConfirmationPageAndARatifiedVersionIsNot() {
        FormSession admin = FormSession.of(AVON_ADMIN);
        Long ratified = versionWith(AVON_ADMIN, "status", "RATIFIED");
        if (ratified == null) {
            ratified = avonDraft(admin);
            admin.form().formParam("confirm", "yes").post("/specification/" + ratified + "/ratify").then()
                    .statusCode(303);
        }
        long draft = avonDraft(admin);
        api(AVON_ADMIN).get("/specification/" + draft).then().statusCode(200)
                .body(containsString("href=\"/specification/" + draft + "/discard\""));
        api(AVON_ADMIN).get("/specification/" + draft + "/discard").then().statusCode(200)
                .body(containsString("Are you sure you want to discard"))
                .body(containsString("data-testid=\"discard-consequences\""));
        api("opcc.admin").get("/specification/" + draft + "/discard").then().statusCode(404);
        FormSession.of("opcc.admin").form().post("/specification/" + draft + "/discard").then().statusCode(404);

        admin.form().post("/specification/" + draft + "/discard").then().statusCode(303)
                .header("Location", containsString("/specification?saved=discarded"));
        assertNull(versionWith(AVON_ADMIN, "status", "DRAFT"), "the draft is gone");
        api(AVON_ADMIN).get("/specification/" + draft).then().statusCode(404);
        api(AVON_ADMIN).get("/specification?saved=discarded").then().statusCode(200)
                .body(containsString("Draft discarded."));

        String before = api(AVON_ADMIN).get("/api/v1/specification").asString();
        admin.form().post("/specification/" + ratified + "/discard").then().statusCode(409)
                .body(containsString("only a draft can be discarded"));
        assertEquals(before, api(AVON_ADMIN).get("/api/v1/specification").asString(), "nothing changes");
    }
}
