package org.cctvportal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.cctvportal.platform.jobs.PlatformCount;
import org.cctvportal.platform.jobs.PlatformGauges;

/**
 * {@code portal_outbox_dead_letters}: the e-mails of every partnership that became dead letters in the last 24 hours
 * (the alert PortalOutboxDeadLetters), counted at platform scope on a timer so a scrape never waits on the database.
 */
@ApplicationScoped
public class OutboxGauge implements PlatformCount {

    static final Duration WINDOW = Duration.ofHours(24);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    PlatformGauges gauges;

    @Override
    public String name() {
        return "portal.outbox.dead.letters";
    }

    @Override
    public String description() {
        return "E-mails that became dead letters in the last 24 hours";
    }

    @Override
    public long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) from mail_outbox where dead_at > ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(WINDOW))).getSingleResult()).longValue();
    }

    /** Counts afresh; answers the new value. */
    public long refresh() {
        return gauges.refresh(this);
    }
}
