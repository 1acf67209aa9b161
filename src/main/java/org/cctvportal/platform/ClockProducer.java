package org.cctvportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * One clock for the whole portal, so times are UTC and tests can reason about them. With {@code portal.clock.starts-at}
 * (tests only) it starts at that London time, so the demo data seeded at start and every test see the same "now",
 * whatever day the suite runs.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @ApplicationScoped
    Clock clock(ClockConfig config) {
        Clock real = Clock.systemUTC();
        return config.startsAt().map(start -> {
            Instant at = start.atZone(LondonTime.ZONE).toInstant();
            LOG.warnf("The portal's clock starts at %s London (portal.clock.starts-at), not at the real time", start);
            return Clock.offset(real, Duration.between(real.instant(), at));
        }).orElse(real);
    }
}
