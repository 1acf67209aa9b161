package org.cctvportal.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The database's own wall around the assurance tables, tried as the portal's role through native SQL. */
@QuarkusTest
class AssuranceRowLevelSecurityTest {

    @Test
    void aCouncilReadsOnlyItsOwnRegistersAndNotices() throws SQLException {
        try (Connection cherwell = AssuranceFixture.portalRole("tv-cherwell")) {
            assertEquals(0, AssuranceFixture.number(cherwell, "select count(*) from cop_assessment"
                    + " where partner_id <> 'tv-cherwell'"));
            assertEquals(0, AssuranceFixture.number(cherwell, "select count(*) from subject_access_request"
                    + " where partner_id <> 'tv-cherwell'"));
            assertEquals(0, AssuranceFixture.number(cherwell, "select count(*) from switch_off_notice"
                    + " where partner_id <> 'tv-cherwell'"));
            assertEquals(0, AssuranceFixture.number(cherwell, "select count(*) from dpia"
                    + " where partner_id <> 'tv-cherwell'"));
            // The positive control: Cherwell does read its own self-assessment and DPIAs through the same wall.
            assertTrue(AssuranceFixture.number(cherwell, "select count(*) from cop_assessment") > 0);
            assertTrue(AssuranceFixture.number(cherwell, "select count(*) from dpia") > 0);
        }
        try (Connection oxford = AssuranceFixture.portalRole("tv-oxford-city")) {
            assertTrue(AssuranceFixture.number(oxford, "select count(*) from subject_access_request") > 0,
                    "Oxford reads its own subject access requests");
        }
    }

    @Test
    void thePccOfficeReadsNoticesOnlyInThePartnershipScope() throws SQLException {
        try (Connection opcc = AssuranceFixture.portalRole("tv-opcc")) {
            assertEquals(0, AssuranceFixture.number(opcc, "select count(*) from switch_off_notice"));
            try (Statement sql = opcc.createStatement()) {
                sql.execute("select set_config('app.scope', 'partnership', false)");
            }
            assertTrue(AssuranceFixture.number(opcc, "select count(*) from switch_off_notice") > 0);
            assertEquals(0, AssuranceFixture.number(opcc, "select count(*) from switch_off_notice n join partner p"
                    + " on p.id = n.partner_id where p.partnership_id <> 'thames-valley'"));
        }
    }

    @Test
    void onlyAPccOfficeAcknowledgesAndOnlyItsOwnPartnershipsNotices() throws SQLException {
        long thames;
        long avon;
        try (Connection owner = AssuranceFixture.owner("tv-opcc")) {
            thames = AssuranceFixture.number(owner, "select n.id from switch_off_notice n join partner p on"
                    + " p.id = n.partner_id where p.partnership_id = 'thames-valley' and not exists (select 1 from"
                    + " switch_off_acknowledgement a where a.notice_id = n.id) order by n.id desc limit 1");
            avon = AssuranceFixture.number(owner, "select n.id from switch_off_notice n join partner p on"
                    + " p.id = n.partner_id where p.partnership_id = 'avon-somerset' limit 1");
        }
        assertTrue(thames > 0, "an open Thames Valley notice");
        try (Connection council = AssuranceFixture.portalRole("tv-oxford-city"); Statement sql = council.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("insert into"
                    + " switch_off_acknowledgement values (" + thames + ", 'tv-oxford-city', 'Seen', 'oxford.manager',"
                    + " now())"), "a council cannot");
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        if (avon > 0) {
            try (Connection opcc = AssuranceFixture.portalRole("tv-opcc"); Statement sql = opcc.createStatement()) {
                SQLException other = assertThrows(SQLException.class, () -> sql.execute("insert into"
                        + " switch_off_acknowledgement values (" + avon + ", 'tv-opcc', 'Seen', 'opcc.admin', now())"),
                        "another partnership's notice");
                assertEquals("42501", other.getSQLState(), other.getMessage());
            }
        }
    }
}
