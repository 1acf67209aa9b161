package org.cctvportal.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * "Now" as the portal sees it, for tests: never the machine's date. The test configuration starts the portal's clock
 * at a chosen London time ({@code portal.clock.starts-at}); a test class that needs its own moment (a clock change, a
 * month's last evening) calls {@link #startAt} from {@code @BeforeAll} (the whole class) or {@code @BeforeEach}/a
 * test method (that test alone), and Quarkus puts the configured clock back afterwards.
 */
public final class TestClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestClock() {
    }

    /** The portal's clock, as installed now (the configured one, or the one this test chose). */
    public static Clock clock() {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            return container.instance(Clock.class).get();
        }
        // Before the portal starts (a static field): the configured start, or the real clock if none is set.
        return ConfigProvider.getConfig().getOptionalValue("portal.clock.starts-at", LocalDateTime.class)
                .map(start -> Clock.fixed(start.atZone(LONDON).toInstant(), ZoneOffset.UTC))
                .orElse(Clock.systemUTC());
    }

    public static Instant now() {
        return clock().instant();
    }

    /** Today in London by the portal's clock. */
    public static LocalDate today() {
        return LocalDate.now(clock().withZone(LONDON));
    }

    /** The London wall-clock time now by the portal's clock, to the minute (as forms take it). */
    public static LocalDateTime londonNow() {
        return LocalDateTime.now(clock().withZone(LONDON)).withSecond(0).withNano(0);
    }

    public static YearMonth thisMonth() {
        return YearMonth.now(clock().withZone(LONDON));
    }

    /** Runs the portal's clock from this London time, at the real pace, for this test or class. */
    public static void startAt(LocalDateTime london) {
        Clock real = Clock.systemUTC();
        Instant at = london.atZone(LONDON).toInstant();
        QuarkusMock.installMockForType(Clock.offset(real, Duration.between(real.instant(), at)), Clock.class);
    }

    /** Stops the portal's clock at this London time, for this test or class. */
    public static void fixAt(LocalDateTime london) {
        QuarkusMock.installMockForType(Clock.fixed(london.atZone(LONDON).toInstant(), ZoneOffset.UTC), Clock.class);
    }
}
