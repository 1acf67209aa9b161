package org.cctvportal.platform.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The alert rules' gauges: one per {@link PlatformCount} a feature publishes, counted at platform scope on a timer
 * so a scrape never waits on the database. While the database is away each gauge keeps its last value, and
 * readiness says what is down.
 */
@Startup
@ApplicationScoped
public class PlatformGauges {

    private static final Logger LOG = Logger.getLogger(PlatformGauges.class);

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @Inject
    UnattendedWork unattended;

    @Inject
    Instance<PlatformCount> counts;

    @PostConstruct
    void register() {
        for (PlatformCount count : counts) {
            AtomicLong value = values.computeIfAbsent(count.name(), name -> new AtomicLong());
            Gauge.builder(count.name(), value, AtomicLong::get).description(count.description()).register(registry);
        }
    }

    @Scheduled(identity = "platform-gauges", every = "${portal.metrics.refresh-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        for (PlatformCount count : counts) {
            try {
                refresh(count);
            } catch (RuntimeException e) {
                LOG.debugf("Gauge %s not refreshed: %s", count.name(), e.getMessage());
            }
        }
    }

    /** Counts afresh; answers the new value. */
    @ActivateRequestContext
    public long refresh(PlatformCount count) {
        long value = unattended.atPlatform(count::count);
        values.computeIfAbsent(count.name(), name -> new AtomicLong()).set(value);
        return value;
    }
}
