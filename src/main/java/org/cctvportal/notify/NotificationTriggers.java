package org.cctvportal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.cctvportal.assurance.AssuranceLinks;
import org.cctvportal.assurance.SwitchOffNoticesRaised;
import org.cctvportal.evidence.EvidenceLinks;
import org.cctvportal.evidence.EvidenceShared;
import org.cctvportal.monitoring.BookingDecided;
import org.cctvportal.monitoring.BookingRequested;
import org.cctvportal.monitoring.MonitoringLinks;
import org.cctvportal.people.InvitationAccepted;
import org.cctvportal.people.PeopleLinks;
import org.cctvportal.people.PersonDirectory;
import org.cctvportal.platform.jobs.JobEnded;
import org.cctvportal.platform.jobs.JobLinks;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.specification.SpecificationLinks;
import org.cctvportal.specification.SpecificationRatified;
import org.cctvportal.webhook.WebhookFailing;
import org.cctvportal.webhook.WebhookLinks;

/**
 * The features' events turned into notifications, synchronously in the transaction of the change (so a change that
 * rolls back notifies nobody): who is told is decided here, through the people feature's {@code holding}.
 */
@ApplicationScoped
public class NotificationTriggers {

    @Inject
    Notifier notifier;

    @Inject
    PersonDirectory people;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    void bookingRequested(@Observes BookingRequested booking) {
        notifier.post(new Notifier.Notice(NotificationKind.BOOKING_REQUESTED, "booking:" + booking.bookingId(),
                MonitoringLinks.approvals(), Map.of("reference", booking.reference(),
                        "partner", Partners.name(entityManager, booking.partnerId()), "hub", booking.hubName())),
                people.holding(booking.operatorPartnerId(), Roles.HUB_SUPERVISOR));
    }

    void bookingDecided(@Observes BookingDecided booking) {
        notifier.post(new Notifier.Notice(NotificationKind.BOOKING_DECIDED, "booking:" + booking.bookingId(),
                MonitoringLinks.booking(booking.bookingId()), Map.of("reference", booking.reference(),
                        "hub", booking.hubName(), "approved", booking.approved())),
                people.holding(booking.partnerId(), Roles.PARTNER_MANAGER));
    }

    void evidenceShared(@Observes EvidenceShared share) {
        notifier.post(new Notifier.Notice(NotificationKind.EVIDENCE_SHARED, "share:" + share.shareId(),
                EvidenceLinks.evidence(), Map.of("partner", Partners.name(entityManager, share.partnerId()),
                        "force", Partners.name(entityManager, share.recipientPartnerId()),
                        "until", Formats.day(share.until()))),
                people.holding(share.recipientPartnerId(), Roles.EVIDENCE_OFFICER));
    }

    void switchOffNoticesRaised(@Observes SwitchOffNoticesRaised raised) {
        notifier.post(new Notifier.Notice(NotificationKind.SWITCH_OFF_RAISED,
                "switch-off:" + raised.partnerId() + ":" + today(), AssuranceLinks.notices(),
                Map.of("partner", Partners.name(entityManager, raised.partnerId()),
                        "count", Formats.plural(raised.raised(), "new notice", "new notices"))),
                people.holding(null, Roles.PARTNERSHIP_ADMIN));
    }

    void specificationRatified(@Observes SpecificationRatified ratified) {
        notifier.post(new Notifier.Notice(NotificationKind.SPECIFICATION_RATIFIED,
                "specification:" + ratified.versionId(), SpecificationLinks.specificationVersion(ratified.versionId()),
                Map.of("title", ratified.title())), people.holding(null, Roles.PARTNER_MANAGER));
    }

    void webhookFailing(@Observes WebhookFailing failing) {
        notifier.post(new Notifier.Notice(NotificationKind.WEBHOOK_FAILING, "webhook:" + failing.subscriptionId()
                + ":" + clock.instant().getEpochSecond(), WebhookLinks.subscription(failing.subscriptionId()),
                Map.of("url", failing.url(), "failures", failing.failures())),
                people.holding(failing.partnerId(), Roles.PARTNER_MANAGER));
    }

    /** Long work ended: the person who started it is told, with a link to the job's page. */
    void jobEnded(@Observes JobEnded job) {
        people.byAccount(job.account()).ifPresent(person -> notifier.post(new Notifier.Notice(
                NotificationKind.JOB_ENDED, "job:" + job.jobId(), JobLinks.job(job.jobId()),
                Map.of("succeeded", job.succeeded())), java.util.List.of(person)));
    }

    /**
     * An invited person's first request: their partner's managers are told (security mail). The activation is
     * already written outside any transaction, so the notification is written in one of its own.
     */
    void invitationAccepted(@Observes InvitationAccepted accepted) {
        people.person().ifPresent(person -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                notifier.post(new Notifier.Notice(NotificationKind.INVITATION_ACCEPTED, "person:" + person.id(),
                        PeopleLinks.people(person.partnerId()), Map.of("name", person.name(),
                                "partner", Partners.name(entityManager, person.partnerId()))),
                        people.holding(person.partnerId(), Roles.PARTNER_MANAGER).stream()
                                .filter(p -> !p.id().equals(person.id())).toList())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }
}
