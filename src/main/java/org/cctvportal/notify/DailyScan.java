package org.cctvportal.notify;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctvportal.assurance.AssuranceLinks;
import org.cctvportal.assurance.SubjectAccessDue;
import org.cctvportal.evidence.EvidenceLinks;
import org.cctvportal.evidence.SharesEnding;
import org.cctvportal.people.PersonDirectory;
import org.cctvportal.people.PersonRef;
import org.cctvportal.platform.WorkingDays;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.rota.LicencesExpiring;
import org.cctvportal.rota.RotaLinks;
import org.jboss.logging.Logger;

/**
 * Once a day (06:30 London, one replica per day), the notifications that come from time passing, each partner in its
 * own transaction: evidence shares ending within three days (to the person who shared), subject access requests due
 * within five working days and overdue (the partner's managers), SIA licences ending within 30 days (the operator's
 * managers and supervisors). Each thing is told once per stage (its key), so running the scan again tells nobody twice.
 */
@ApplicationScoped
public class DailyScan {

    static final String JOB = "scan-notifications";
    static final int SHARE_DAYS = 3;
    static final int SAR_WORKING_DAYS = 5;
    static final int LICENCE_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(DailyScan.class);

    @Inject
    JobRuns runs;

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenant;

    @Inject
    Notifier notifier;

    @Inject
    PersonDirectory people;

    @Inject
    SharesEnding shares;

    @Inject
    SubjectAccessDue requests;

    @Inject
    LicencesExpiring licences;

    @Inject
    Clock clock;

    @Scheduled(identity = JOB, cron = "${portal.notify.scan-cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, Duration.ofDays(1), execution.getScheduledFireTime(), this::scanAll);
    }

    /** Scans every partner; says how many people were told. */
    @ActivateRequestContext
    public String scanAll() {
        List<?> partners = unattended.atPlatform(() -> entityManager.createNativeQuery(
                "select id, partnership_id from partner order by id").getResultList());
        int told = 0;
        List<String> failed = new ArrayList<>();
        for (Object row : partners) {
            Object[] partner = (Object[]) row;
            try {
                told += unattended.forPartner(partner[0].toString(), partner[1].toString(), this::scanPartner);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not scan %s for notifications", partner[0]);
                failed.add(partner[0].toString());
            }
        }
        String summary = told + " notifications for " + (partners.size() - failed.size()) + " partners";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }

    int scanPartner() {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        String partner = tenant.requirePartner();
        return sharesEnding(today) + requestsDue(partner, today) + licencesEnding(partner, today);
    }

    private int sharesEnding(LocalDate today) {
        int told = 0;
        for (SharesEnding.EndingShare share : shares.endingBy(clock.instant(),
                today.plusDays(SHARE_DAYS + 1).atStartOfDay(LondonTime.ZONE).toInstant())) {
            LocalDate lastDay = share.endsAt().atZone(LondonTime.ZONE).toLocalDate().minusDays(1);
            told += notifier.post(new Notifier.Notice(NotificationKind.SHARE_EXPIRING, "share:" + share.shareId(),
                    EvidenceLinks.evidenceWithSharesEnding(), Map.of("force",
                            Partners.name(entityManager, share.recipientPartnerId()), "until", Formats.day(lastDay))),
                    sharer(share.sharedBy()));
        }
        return told;
    }

    private int requestsDue(String partner, LocalDate today) {
        LocalDate horizon = WorkingDays.plus(today, SAR_WORKING_DAYS);
        List<PersonRef> managers = people.holding(partner, Roles.PARTNER_MANAGER);
        int told = 0;
        for (SubjectAccessDue.DueRequest request : requests.dueBy(horizon)) {
            boolean overdue = request.deadline().isBefore(today);
            told += notifier.post(new Notifier.Notice(NotificationKind.SAR_DUE,
                    "sar:" + request.id() + (overdue ? ":overdue" : ":due"), AssuranceLinks.request(request.id()),
                    Map.of("partner", Partners.name(entityManager, partner), "due", Formats.day(request.deadline()),
                            "overdue", overdue)), managers);
        }
        return told;
    }

    private int licencesEnding(String partner, LocalDate today) {
        List<LicencesExpiring.Expiring> ending = licences.between(today, today.plusDays(LICENCE_DAYS));
        if (ending.isEmpty()) {
            return 0;
        }
        List<PersonRef> told = new ArrayList<>(people.holding(partner, Roles.PARTNER_MANAGER));
        people.holding(partner, Roles.HUB_SUPERVISOR).stream()
                .filter(p -> told.stream().noneMatch(t -> t.id().equals(p.id()))).forEach(told::add);
        int count = 0;
        for (LicencesExpiring.Expiring licence : ending) {
            count += notifier.post(new Notifier.Notice(NotificationKind.LICENCE_EXPIRING,
                    "licence:" + licence.profileId() + ":" + licence.expires(),
                    RotaLinks.rotaOperator(licence.profileId()),
                    Map.of("expires", Formats.day(licence.expires()))), told);
        }
        return count;
    }

    /** The person who shared, by their account's name: their e-mail, or for the demo's accounts its part before @. */
    private List<PersonRef> sharer(String account) {
        return people.ofMyPartner().stream().filter(p -> p.email().equalsIgnoreCase(account)
                || p.email().toLowerCase().startsWith(account.toLowerCase() + "@")).limit(1).toList();
    }
}
