package org.cctvportal.notify;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cctvportal.people.PersonDirectory;
import org.cctvportal.people.PersonRef;
import org.cctvportal.people.PersonState;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * Once a day (07:00 London, one replica per day), one e-mail per person with the notifications they chose to get in
 * a digest and have not had yet. Each partner's digests are written to the outbox and their notifications marked in
 * one transaction, so a failed run sends nothing and the next sends it all; a digest is sent by the outbox's sender.
 */
@ApplicationScoped
public class DigestJob {

    static final String JOB = "send-notification-digests";
    private static final Logger LOG = Logger.getLogger(DigestJob.class);

    @Inject
    JobRuns runs;

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    PersonDirectory people;

    @Inject
    TenantContext tenant;

    @Inject
    Engine engine;

    @Inject
    NotifyConfig config;

    @Inject
    Clock clock;

    /** One line of a digest. */
    public record Line(String kind, String message, String link, String when) {
    }

    @Scheduled(identity = JOB, cron = "${portal.notify.digest-cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, Duration.ofDays(1), execution.getScheduledFireTime(), this::sendAll);
    }

    /** Writes every waiting digest to the outbox, each partner in its own transaction; says how many. */
    @ActivateRequestContext
    public String sendAll() {
        List<?> partners = unattended.atPlatform(() -> entityManager.createNativeQuery("select distinct"
                + " n.partner_id, p.partnership_id from notification n join partner p on p.id = n.partner_id"
                + " where n.delivery = 'DIGEST' and n.digested_at is null").getResultList());
        int written = 0;
        for (Object row : partners) {
            Object[] partner = (Object[]) row;
            try {
                written += unattended.forPartner(partner[0].toString(), partner[1].toString(), this::digestPartner);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not write the digests of %s", partner[0]);
            }
        }
        return written + " digests written";
    }

    private int digestPartner() {
        Instant now = clock.instant();
        LocalDate day = LocalDate.now(clock.withZone(LondonTime.ZONE));
        Map<UUID, List<Notification>> byPerson = new LinkedHashMap<>();
        Notification.<Notification>list("delivery = ?1 and digestedAt is null order by personId, createdAt",
                Delivery.DIGEST).forEach(n -> byPerson.computeIfAbsent(n.personId, k -> new ArrayList<>()).add(n));
        int written = 0;
        for (Map.Entry<UUID, List<Notification>> entry : byPerson.entrySet()) {
            Optional<PersonRef> person = people.ofMyPartner(entry.getKey());
            if (person.isPresent() && person.get().state() != PersonState.DEACTIVATED) {
                write(person.get(), entry.getValue(), day, now);
                written++;
            }
            entry.getValue().forEach(n -> n.digestedAt = now);
        }
        return written;
    }

    private void write(PersonRef person, List<Notification> notifications, LocalDate day, Instant now) {
        List<Line> lines = notifications.stream().map(n -> new Line(n.kind.label(), n.message,
                config.baseUrl() + n.link, Formats.when(n.createdAt))).toList();
        Template text = engine.getTemplate("notify/mail/digest.txt");
        Template html = engine.getTemplate("notify/mail/digest.html");
        String subject = "Your CCTV Partnership Portal notifications for " + Formats.day(day);
        Map<String, Object> data = Map.of("firstName", person.firstName(), "lines", lines, "day", Formats.day(day),
                "link", config.baseUrl() + NotifyLinks.notifications(),
                "preferences", config.baseUrl() + NotifyLinks.preferences());
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into mail_outbox (id, partner_id, partnership_id, person_id, kind,"
                + " recipient, subject, body_text, body_html, dedupe_key, created_at, next_attempt_at)"
                + " values (?1, ?2, ?3, ?4, 'DIGEST', ?5, ?6, ?7, ?8, ?9, ?10, ?10)")
                .setParameter(1, id).setParameter(2, person.partnerId()).setParameter(3, tenant.partnershipId())
                .setParameter(4, person.id()).setParameter(5, person.email()).setParameter(6, subject)
                .setParameter(7, text.data(data).render()).setParameter(8, html.data(data).render())
                .setParameter(9, "digest:" + person.id() + ":" + day + ":" + notifications.get(0).id)
                .setParameter(10, Timestamp.from(now)).executeUpdate();
    }
}
