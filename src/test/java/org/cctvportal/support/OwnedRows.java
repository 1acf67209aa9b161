package org.cctvportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real rows as their owners see them, read straight from PostgreSQL as the portal's role with a partner set (so the
 * row-level policies decide, as for the portal): to find one partner's ids for another to ask for, and to tell
 * whether anything changed.
 */
public final class OwnedRows implements AutoCloseable {

    /** A partner and its partnership. */
    public record Partner(String id, String partnership) {

        public boolean pccOffice() {
            return id.endsWith("-opcc");
        }
    }

    private final Connection db;
    private final Statement sql;

    private OwnedRows(Connection db) throws SQLException {
        this.db = db;
        this.sql = db.createStatement();
    }

    public static OwnedRows open() throws SQLException {
        var config = ConfigProvider.getConfig();
        return new OwnedRows(DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class)));
    }

    /** Every demo partner of both demo partnerships, read by the owner at the platform scope. */
    public static List<Partner> demoPartners() throws SQLException {
        var config = ConfigProvider.getConfig();
        List<Partner> partners = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url",
                String.class), config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class)); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            try (ResultSet rows = sql.executeQuery("select id, partnership_id from partner where id like 'tv-%'"
                    + " or id like 'as-%' order by id")) {
                while (rows.next()) {
                    partners.add(new Partner(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return partners;
    }

    /** The first value {@code query} returns as {@code partner} sees it, if any. */
    public Optional<String> first(Partner partner, String query) throws SQLException {
        as(partner);
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }

    /** A digest of every row of {@code tables} each partner sees: equal digests, nothing changed. */
    public String checksum(List<String> tables, List<Partner> partners) throws SQLException {
        StringJoiner all = new StringJoiner(",");
        for (Partner partner : partners) {
            as(partner);
            for (String table : tables) {
                all.add(partner.id() + "." + table + "=" + digest(table));
            }
        }
        return all.toString();
    }

    private String digest(String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                + " order by t::text)), '') from " + table + " t")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return "not readable by the portal"; // nor, then, written by it
            }
            throw e;
        }
    }

    private void as(Partner partner) throws SQLException {
        sql.execute("select set_config('app.partner', '" + partner.id() + "', false), set_config('app.partnership', '"
                + partner.partnership() + "', false), set_config('app.scope', 'partner', false)");
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
