package org.cctvportal.platform.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cctvportal.platform.storage.ObjectStorage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the features' demo seeds at start (with {@code portal.demo-data.enabled}), each after the seeds it depends
 * on, once the platform's own start-up checks (configuration) have run and object storage's check (buckets, object
 * lock) has passed, waiting for it at most a minute. An unknown
 * dependency or a circle stops the start with a message naming them.
 */
@ApplicationScoped
public class DemoSeeding {

    private static final Logger LOG = Logger.getLogger(DemoSeeding.class);

    @ConfigProperty(name = "portal.demo-data.enabled")
    boolean enabled;

    @Inject
    Instance<DemoSeed> seeds;

    @Inject
    ObjectStorage storage;

    private static final Duration STORAGE_WAIT = Duration.ofSeconds(60);

    @ActivateRequestContext
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent start) {
        if (!enabled) {
            return;
        }
        // The demo's evidence goes into the buckets: while object storage was away at start, wait for its check.
        if (!storage.awaitChecked(STORAGE_WAIT)) {
            LOG.warnf("Object storage is not checked after %d s (%s): the demo data may be incomplete",
                    STORAGE_WAIT.toSeconds(), storage.problem());
        }
        for (DemoSeed seed : order(seeds.stream().toList())) {
            long began = System.nanoTime();
            seed.seed();
            LOG.infof("Demo data: %s in place (%d ms)", seed.name(), (System.nanoTime() - began) / 1_000_000);
        }
    }

    /** The seeds in an order where each comes after those it names; ties go by name, so the order is stable. */
    static List<DemoSeed> order(List<DemoSeed> all) {
        Map<String, DemoSeed> byName = new TreeMap<>();
        for (DemoSeed seed : all) {
            if (byName.put(seed.name(), seed) != null) {
                throw new IllegalStateException("Two demo seeds are named " + seed.name());
            }
        }
        for (DemoSeed seed : all) {
            Set<String> unknown = seed.after().stream().filter(name -> !byName.containsKey(name))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("The demo seed " + seed.name() + " comes after " + unknown
                        + ", which no seed is named");
            }
        }
        List<DemoSeed> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            DemoSeed next = byName.values().stream()
                    .filter(seed -> !placed.contains(seed.name()) && placed.containsAll(seed.after()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo seeds " + byName.keySet().stream()
                            .filter(name -> !placed.contains(name)).toList() + " wait on each other in a circle"));
            placed.add(next.name());
            ordered.add(next);
        }
        return ordered;
    }
}
