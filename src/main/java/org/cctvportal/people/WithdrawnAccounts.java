package org.cctvportal.people;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cctvportal.partner.PartnerWithdrawn;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * A withdrawn partner's people lose their accounts. In the withdrawal's own transaction (as the PCC office that made
 * it) every person of the partner not yet deactivated is deactivated, so the portal refuses them from their next
 * request, and marked {@code account_to_disable}: an outbox of the Keycloak work, which is outside the transaction.
 * Once the withdrawal is committed the marked accounts are disabled and their sessions ended in the background; a
 * person's mark is cleared only when Keycloak has done both. Keycloak away or failing half-way leaves the rest marked,
 * and the {@value #JOB} job tries them again until it answers. Safe to repeat: disabling twice changes nothing.
 */
@ApplicationScoped
public class WithdrawnAccounts {

    static final String JOB = "disable-withdrawn-accounts";
    private static final Logger LOG = Logger.getLogger(WithdrawnAccounts.class);

    /** One thread outside any request, so the work is the job's own and never the PCC office's signed-in request. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "withdrawn-accounts");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    KeycloakPeople keycloak;

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    JobRuns runs;

    @Inject
    PeopleConfig config;

    @Inject
    Clock clock;

    /** In the withdrawal's transaction: the partner's people are deactivated and their accounts marked. */
    void onWithdrawn(@Observes PartnerWithdrawn withdrawal) {
        List<Person> people = Person.list("partnerId = ?1 and state <> ?2", withdrawal.partnerId(),
                PersonState.DEACTIVATED);
        for (Person person : people) {
            person.state = PersonState.DEACTIVATED;
            person.accountToDisable = true;
            person.updatedAt = clock.instant();
            audit.record("person.deactivate", "person", person.id.toString(), "Deactivated " + person.email
                    + " as " + withdrawal.partnerName() + " withdrew from the partnership");
        }
    }

    /** Once the withdrawal is committed, its accounts are disabled at once, away from the request. */
    void afterWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerWithdrawn withdrawal) {
        background.submit(() -> {
            try {
                disableOutstanding();
            } catch (RuntimeException e) {
                LOG.warnf("The accounts of %s's people are left to the %s job: %s", withdrawal.partnerId(), JOB,
                        e.getMessage());
            }
        });
    }

    @Scheduled(identity = JOB, every = "${portal.people.disable-retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, config.disableRetryEvery(), execution.getScheduledFireTime(), this::disableOutstanding);
    }

    /**
     * Disables the marked accounts of every withdrawn partner and ends their sessions; says how many. Stops at the
     * first account Keycloak does not answer for ({@link PeopleUnavailable}), leaving it and the rest marked.
     */
    @ActivateRequestContext
    public synchronized String disableOutstanding() {
        List<?> partners = unattended.atPlatform(() -> entityManager.createNativeQuery("select p.id,"
                + " p.partnership_id from partner p where p.status = 'WITHDRAWN' order by p.id").getResultList());
        int disabled = 0;
        for (Object row : partners) {
            Object[] partner = (Object[]) row;
            String id = partner[0].toString();
            String partnership = partner[1].toString();
            List<Marked> marked = unattended.forPartner(id, partnership, () -> new ArrayList<>(
                    Person.<Person>list("partnerId = ?1 and accountToDisable = true and state = ?2", id,
                            PersonState.DEACTIVATED).stream()
                            .map(p -> new Marked(p.id, p.keycloakId, p.email)).toList()));
            for (Marked person : marked) {
                // The person's row is locked while Keycloak disables the account, and the mark read again under
                // the lock: a reactivation in between (which takes the same lock) is never undone by a stale list.
                boolean done = unattended.forPartner(id, partnership, () -> {
                    Person held = Person.findById(person.id(), LockModeType.PESSIMISTIC_WRITE);
                    if (held == null || !held.accountToDisable || held.state != PersonState.DEACTIVATED) {
                        return false;
                    }
                    disable(person, id);
                    held.accountToDisable = false;
                    held.updatedAt = clock.instant();
                    audit.record("person.account-disabled", "person", held.id.toString(), "Disabled the account of "
                            + held.email + " and ended its sessions, as its partner withdrew");
                    return true;
                });
                if (done) {
                    disabled++;
                }
            }
        }
        return disabled + " accounts of withdrawn partners' people disabled";
    }

    /** The Keycloak account of a marked person, found by e-mail when an interrupted invitation left no id. */
    private void disable(Marked person, String partnerId) {
        String account = person.keycloakId() != null ? person.keycloakId()
                : keycloak.byEmail(person.email()).filter(user -> partnerId.equals(user.attribute("partner")))
                        .map(KeycloakAdmin.User::id).orElse(null);
        if (account == null) {
            return;
        }
        try {
            keycloak.disable(account);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
            // Removed from Keycloak: nothing is left to disable.
        }
    }

    private record Marked(java.util.UUID id, String keycloakId, String email) {
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
