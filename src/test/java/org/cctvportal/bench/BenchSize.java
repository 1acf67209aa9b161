package org.cctvportal.bench;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The size a benchmark runs at: {@code -Dbench.size=national} (the default) measures the targets; {@code small} runs
 * the same steps on a data set of a few thousand rows in a database of its own, in seconds, to prove that the
 * benchmark still runs end to end and checks its targets (the figures then say nothing about national scale);
 * {@code tiny} does the same on a hundred cameras with a few requests, for the build (BenchmarksAtTinySizeTest).
 */
record BenchSize(String name, int partnerships, int partners, int sites, int cameras, int requests, int clients,
        int importRows) {

    static final BenchSize NATIONAL = new BenchSize("national", 25, 20, 40, 2000, 300, 8, 100_000);
    /** One partnership of 20 partners (the PCC office, councils, the operator, the police force) with 2 sites each. */
    static final BenchSize SMALL = new BenchSize("small", 1, 20, 2, 10, 10, 2, 1_000);
    /** The same partnership with one site and five cameras each, three requests per step: seconds, for the build. */
    static final BenchSize TINY = new BenchSize("tiny", 1, 20, 1, 5, 3, 1, 100);

    /** From {@code -Dbench.size}; {@code -Dbench.requests} and {@code -Dbench.clients} still apply when given. */
    static BenchSize current() {
        String size = System.getProperty("bench.size", "national");
        return switch (size) {
            case "national", "" -> NATIONAL;
            case "small" -> SMALL;
            case "tiny" -> TINY;
            default -> throw new IllegalArgumentException("-Dbench.size is national, small or tiny, not " + size);
        };
    }

    /** Small or tiny: a run that proves the steps and checks, whose figures say nothing about national scale. */
    boolean small() {
        return this != NATIONAL;
    }

    /** The database a benchmark uses by default: a small run never touches the national data set kept between runs. */
    String database(String national) {
        return small() ? national + "_" + name : national;
    }

    /** The build's size: the fewest changes, rounds and seconds that still take every step and check. */
    boolean tiny() {
        return this == TINY;
    }

    int partnersInAll() {
        return partnerships * partners;
    }

    public int requests() {
        String given = System.getProperty("bench.requests", "");
        return small() || given.isBlank() ? requests : Integer.parseInt(given);
    }

    public int clients() {
        String given = System.getProperty("bench.clients", "");
        return small() || given.isBlank() ? clients : Integer.parseInt(given);
    }

    /** The settings generate-national-estate.sql reads for its size, put on the generating session. */
    void applyTo(Statement sql) throws SQLException {
        sql.execute("select set_config('bench.partnerships', '" + partnerships + "', false), set_config("
                + "'bench.partners', '" + partners + "', false), set_config('bench.sites', '" + sites + "', false), "
                + "set_config('bench.cameras', '" + cameras + "', false)");
    }
}
