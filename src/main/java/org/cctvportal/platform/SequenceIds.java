package org.cctvportal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * New ids for rows written as one statement into a table whose entity draws its ids through Hibernate. The tables'
 * sequences go up by {@value #BLOCK} (the entities' {@code allocationSize}), and Hibernate's pooled-lo optimizer
 * (Quarkus' default) takes the {@value #BLOCK} ids from each value it draws; each value drawn here stands for the
 * same block, so the ids written either way never meet.
 */
public final class SequenceIds {

    /** What the sequences go up by, and the entities' {@code allocationSize}. */
    public static final int BLOCK = 50;

    private SequenceIds() {
    }

    /** {@code n} new ids from {@code sequence}, on the caller's connection. */
    public static Long[] next(Connection connection, String sequence, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (PreparedStatement next = connection.prepareStatement(
                "select nextval(?::regclass) from generate_series(1, ?)")) {
            next.setString(1, sequence);
            while (ids.size() < n) {
                next.setInt(2, (n - ids.size() + BLOCK - 1) / BLOCK);
                try (ResultSet values = next.executeQuery()) {
                    while (values.next()) {
                        long low = values.getLong(1);
                        for (long id = low; id < low + BLOCK && ids.size() < n; id++) {
                            ids.add(id);
                        }
                    }
                }
            }
        }
        return ids.toArray(Long[]::new);
    }
}
