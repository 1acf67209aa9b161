package org.cctvportal.estate;

import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.cctvportal.support.CutOff;
import org.junit.jupiter.api.Test;

/**
 * A camera's site, recorder and maker are checked once per statement (V83) rather than by foreign keys row by row:
 * what the keys guaranteed still holds, on the real database. A camera names only its own partner's site and
 * recorder and a maker that exists, when inserted or re-pointed; what cameras name is not deleted or renumbered by
 * anyone, while a site a camera is being added to is locked until that camera's transaction ends.
 */
@QuarkusTest
class CameraReferencesTest {

    private static final String FOREIGN_KEY = "23503";

    private static long number(Statement sql, String query) throws SQLException {
        var rows = sql.executeQuery(query);
        rows.next();
        return rows.getLong(1);
    }

    private static String refused(Statement sql, String statement) {
        return assertThrows(SQLException.class, () -> sql.execute(statement), statement).getSQLState();
    }

    private static long newSite(Statement sql, String partner, String name) throws SQLException {
        return number(sql, "insert into site (id, partner_id, name, kind) values (nextval('site_seq'), '" + partner
                + "', '" + name + "', 'OTHER') returning id");
    }

    @Test
    void aCameraNamesOnlyItsOwnPartnersSiteAndRecorderAndAMakerThatExists() throws Exception {
        long camera = EstateApiTest.oxfordCamera(EstateApiTest.unique("REF"), EstateApiTest.unique("Gloucester Green"),
                "Axis");
        long cherwellSite;
        long cherwellRecorder;
        try (Connection cherwell = portalRole("tv-cherwell"); Statement sql = cherwell.createStatement()) {
            cherwellSite = newSite(sql, "tv-cherwell", EstateApiTest.unique("Banbury Cross"));
            cherwellRecorder = number(sql, "insert into recorder (id, partner_id, name, kind, exposure, site_id) values"
                    + " (nextval('recorder_seq'), 'tv-cherwell', '" + EstateApiTest.unique("NVR")
                    + "', 'NVR', 'ISOLATED', " + cherwellSite + ") returning id");
        }
        try (Connection oxford = portalRole("tv-oxford-city"); Statement sql = oxford.createStatement()) {
            String before = "select site_id || '/' || coalesce(recorder_id, 0) || '/' || coalesce(manufacturer_id, 0)"
                    + " from camera where id = " + camera;
            var rows = sql.executeQuery(before);
            rows.next();
            String references = rows.getString(1);
            assertEquals(FOREIGN_KEY, refused(sql, "update camera set site_id = " + cherwellSite + " where id = "
                    + camera));
            assertEquals(FOREIGN_KEY, refused(sql, "update camera set recorder_id = " + cherwellRecorder
                    + " where id = " + camera));
            assertEquals(FOREIGN_KEY, refused(sql, "update camera set manufacturer_id = -1 where id = " + camera));
            assertEquals(FOREIGN_KEY, refused(sql, "insert into camera (id, partner_id, asset_tag, site_id, type,"
                    + " status, recorder_id) values (nextval('camera_seq'), 'tv-oxford-city', '"
                    + EstateApiTest.unique("ROGUE") + "', (select site_id from camera where id = " + camera
                    + "), 'FIXED', 'LIVE', " + cherwellRecorder + ")"));
            rows = sql.executeQuery(before);
            rows.next();
            assertEquals(references, rows.getString(1), "a refused statement changes nothing");
            // A change that leaves the references alone is not checked against them.
            assertEquals(1, sql.executeUpdate("update camera set firmware = '5.7.4' where id = " + camera));
        }
    }

    @Test
    void whatCamerasNameIsNeitherDeletedNorRenumberedByAnyone() throws Exception {
        long camera = EstateApiTest.oxfordCamera(EstateApiTest.unique("KEEP"), EstateApiTest.unique("St Giles"),
                "Axis");
        long site;
        long maker;
        try (Connection oxford = portalRole("tv-oxford-city"); Statement sql = oxford.createStatement()) {
            site = number(sql, "select site_id from camera where id = " + camera);
            maker = number(sql, "select manufacturer_id from camera where id = " + camera);
            // The portal retires sites and makers; its role cannot delete one.
            assertEquals("42501", refused(sql, "delete from site where id = " + site));
            assertEquals("42501", refused(sql, "delete from manufacturer where id = " + maker));
        }
        try (Connection owner = CutOff.owner("tv-oxford-city"); Statement sql = owner.createStatement()) {
            assertEquals(FOREIGN_KEY, refused(sql, "delete from site where id = " + site));
            assertEquals(FOREIGN_KEY, refused(sql, "update site set id = -" + site + " where id = " + site));
            long unnamed = newSite(sql, "tv-oxford-city", EstateApiTest.unique("Empty plot"));
            assertEquals(1, sql.executeUpdate("delete from site where id = " + unnamed), "a site no camera names goes");
        }
        // At the platform's scope a maker can be changed but no partner's camera read: the maker still stays.
        try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            assertEquals(0, number(sql, "select count(*) from camera where id = " + camera));
            assertEquals(1, number(sql, "select count(*) from manufacturer where id = " + maker));
            assertEquals(FOREIGN_KEY, refused(sql, "delete from manufacturer where id = " + maker));
        }
        try (Connection oxford = portalRole("tv-oxford-city"); Statement sql = oxford.createStatement()) {
            assertEquals(1, number(sql, "select count(*) from site where id = " + site));
            assertEquals(maker, number(sql, "select manufacturer_id from camera where id = " + camera));
        }
    }

    @Test
    void aSiteACameraIsBeingAddedToIsHeldUntilThatCameraCommits() throws Exception {
        long site;
        try (Connection oxford = portalRole("tv-oxford-city"); Statement sql = oxford.createStatement()) {
            site = newSite(sql, "tv-oxford-city", EstateApiTest.unique("Frideswide Square"));
        }
        try (Connection adding = portalRole("tv-oxford-city"); Statement add = adding.createStatement();
                Connection owner = CutOff.owner("tv-oxford-city"); Statement delete = owner.createStatement()) {
            adding.setAutoCommit(false);
            add.execute("insert into camera (id, partner_id, asset_tag, site_id, type, status) values"
                    + " (nextval('camera_seq'), 'tv-oxford-city', '" + EstateApiTest.unique("NEW") + "', " + site
                    + ", 'FIXED', 'LIVE')");
            delete.execute("set lock_timeout = '300ms'");
            // The camera is not committed, so the deleting session cannot see it; the site's lock holds it back.
            assertEquals("55P03", refused(delete, "delete from site where id = " + site));
            adding.commit();
            assertEquals(FOREIGN_KEY, refused(delete, "delete from site where id = " + site));
        }
    }
}
