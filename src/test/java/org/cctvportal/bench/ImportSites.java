package org.cctvportal.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sites and recorders the import benchmark's CSV names: made for the importing partner under names of their
 * own, so the CSV never names a site or recorder the demo data gives to someone else, whatever the demo holds.
 */
final class ImportSites {

    /** The prefix of every name (and asset tag) the import benchmark makes, so a later run can find and remove them. */
    static final String TAG = "BENCH-IMP-";

    private ImportSites() {
    }

    /**
     * Ensures {@code count} sites named {@code BENCH-IMP-site NN}, two recorders each, for {@code partner} (the
     * session's {@code app.partner} already set to it), and returns them: site name to its recorders' names.
     */
    static Map<String, List<String>> ensure(Statement sql, String partner, int count) throws SQLException {
        sql.executeUpdate("insert into site (id, partner_id, name, kind, address, postcode, latitude, longitude, "
                + "sensitive) select nextval('site_seq'), '" + partner + "', '" + TAG + "site ' || lpad(s::text, 2, "
                + "'0'), 'OTHER', s || ' Benchmark Road, Banbury', 'OX16 ' || (s % 10) || 'BE', 52.06 + s * 0.001, "
                + "-1.34 - s * 0.001, false from generate_series(1, " + count + ") s where not exists (select 1 "
                + "from site e where e.partner_id = '" + partner + "' and e.name = '" + TAG + "site ' || lpad("
                + "s::text, 2, '0'))");
        sql.executeUpdate("insert into recorder (id, partner_id, name, kind, manufacturer_id, model, os_id, "
                + "os_version, exposure, last_patched, site_id) select nextval('recorder_seq'), s.partner_id, "
                + "s.name || ' recorder ' || r, 'NVR', null, 'DS-9632NI-M8', null, null, 'PARTNERSHIP_NETWORK', "
                + "current_date, s.id from site s cross join generate_series(1, 2) r where s.partner_id = '"
                + partner + "' and s.name like '" + TAG + "site %' and not exists (select 1 from recorder e "
                + "where e.site_id = s.id and e.name = s.name || ' recorder ' || r)");
        Map<String, List<String>> sites = new LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery("select s.name, r.name from site s join recorder r on r.site_id = s.id"
                + " where s.partner_id = '" + partner + "' and s.name like '" + TAG + "site %' order by s.name, r.name")) {
            while (rows.next()) {
                sites.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        if (sites.size() < count) {
            throw new IllegalStateException("only " + sites.size() + " of " + count + " import sites for " + partner);
        }
        return sites;
    }
}
