package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;

/** Redaction through the workspace's routes as Oxford's evidence officer, and what the database then holds. */
final class RedactionSupport {

    static final String OFFICER = "oxford.evidence";

    private RedactionSupport() {
    }

    /** A new item with the clip uploaded as its master; returns {item, master file id}. */
    static String[] itemWith(Path clip) throws Exception {
        long item = EvidenceApiSupport.createItem(OFFICER, Map.of());
        String file = EvidenceApiSupport.upload(OFFICER, item, Files.readAllBytes(clip), "clip.mp4", null).then()
                .statusCode(201).extract().path("file.id");
        return new String[] { String.valueOf(item), file };
    }

    static String route(String[] master, String sub) {
        return "/evidence/" + master[0] + "/files/" + master[1] + "/redaction" + sub;
    }

    static Response post(String[] master, String sub, String... fields) {
        var request = FormSession.of(OFFICER).form();
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(route(master, sub));
    }

    static void box(String[] master, String method, double t, int x, int y, int w, int h, double start,
            double end) {
        post(master, "/boxes", "method", method, "t", String.valueOf(t), "x", String.valueOf(x), "y",
                String.valueOf(y), "w", String.valueOf(w), "h", String.valueOf(h), "start", String.valueOf(start),
                "end", String.valueOf(end)).then().statusCode(303);
    }

    static Response page(String[] master) {
        return given().auth().oauth2(DemoUsers.token(OFFICER)).get(route(master, ""));
    }

    /** The plan's status and progress, as the owner reads them. */
    static Map<String, Object> plan(String[] master) throws Exception {
        List<Map<String, Object>> rows = rows("select id, status, progress, message, derivative_file_id::text as"
                + " derivative, plan_sha256, boxes, decisions from redaction_plan where master_file_id = '" + master[1]
                + "' order by id desc");
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Waits until the newest plan's status is one of {@code statuses}, up to {@code seconds}. */
    static Map<String, Object> await(String[] master, int seconds, String... statuses) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Map<String, Object> plan = plan(master);
            if (plan != null && List.of(statuses).contains(plan.get("status"))) {
                return plan;
            }
            Thread.sleep(200);
        }
        fail("the plan did not reach " + List.of(statuses) + ": " + plan(master));
        return null;
    }

    static List<Map<String, Object>> files(String[] master) throws Exception {
        return rows("select id::text as id, kind, derived_from::text as derived_from, redacted, sha256, status,"
                + " object_key, size_bytes from evidence_file where item_id = " + master[0] + " order by created_at");
    }

    static List<Map<String, Object>> events(String[] master) throws Exception {
        return rows("select action, file_id::text as file_id, detail from custody_event where item_id = "
                + master[0] + " order by seq");
    }

    static List<Map<String, Object>> rows(String query) throws Exception {
        try (Connection owner = CutOff.owner("tv-oxford-city"); Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            List<Map<String, Object>> list = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
                }
                list.add(row);
            }
            return list;
        }
    }

    static void sql(String statement) throws Exception {
        try (Connection owner = CutOff.owner("tv-oxford-city"); Statement sql = owner.createStatement()) {
            assertEquals(1, sql.executeUpdate(statement));
        }
    }
}
