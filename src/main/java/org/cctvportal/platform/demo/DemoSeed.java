package org.cctvportal.platform.demo;

import java.util.Set;

/**
 * One feature's part of the demo data. {@link DemoSeeding} runs every seed once at start when demo data is enabled,
 * each after the seeds it names in {@link #after()}, so the order follows what each part needs rather than numbers.
 */
public interface DemoSeed {

    /** The seed's name, which other seeds use in their {@link #after()}: the feature's name by convention. */
    String name();

    /** The seeds whose records this one needs in place first. */
    Set<String> after();

    /** Adds the seed's records where they are missing; running it on a database that has them changes nothing. */
    void seed();
}
