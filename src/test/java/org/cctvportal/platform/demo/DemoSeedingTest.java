package org.cctvportal.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo seeds run in the order their dependencies give, and a broken set of seeds stops the start. */
class DemoSeedingTest {

    private record Seed(String name, Set<String> after) implements DemoSeed {
        Seed(String name, String... after) {
            this(name, Set.of(after));
        }

        @Override
        public void seed() {
        }
    }

    private static List<String> names(List<DemoSeed> seeds) {
        return seeds.stream().map(DemoSeed::name).toList();
    }

    @Test
    void eachSeedRunsAfterThoseItNames() {
        List<DemoSeed> ordered = DemoSeeding.order(List.of(new Seed("assurance", "evidence", "estate"),
                new Seed("evidence", "monitoring"), new Seed("monitoring", "estate", "partner"),
                new Seed("estate", "partner"), new Seed("partner")));
        assertEquals(List.of("partner", "estate", "monitoring", "evidence", "assurance"), names(ordered));
    }

    @Test
    void independentSeedsGoByName() {
        assertEquals(List.of("partner", "estate", "specification"), names(DemoSeeding.order(List.of(
                new Seed("specification", "partner"), new Seed("estate", "partner"), new Seed("partner")))));
    }

    @Test
    void anUnknownDependencyIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DemoSeeding.order(List.of(new Seed("estate", "partners"), new Seed("partner"))));
        assertTrue(e.getMessage().contains("[partners]"), e.getMessage());
    }

    @Test
    void aCircleIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DemoSeeding.order(List.of(
                new Seed("rota", "monitoring"), new Seed("monitoring", "rota"), new Seed("partner"))));
        assertTrue(e.getMessage().contains("[monitoring, rota]"), e.getMessage());
    }
}
