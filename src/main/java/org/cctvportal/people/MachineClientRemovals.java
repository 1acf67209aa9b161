package org.cctvportal.people;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.tenancy.UnattendedWork;

/**
 * Finishes what Keycloak's absence interrupted: a revoked client whose Keycloak client is still there, or a
 * registration that could not be undone, is marked {@code keycloak_to_remove} (an outbox of the Keycloak work). The
 * portal already refuses its tokens; the {@value #JOB} job removes its Keycloak client until Keycloak answers, then
 * clears the mark (a revoked client) or deletes the unfinished record (a pending one). Safe to repeat: a client
 * Keycloak no longer has is removed already.
 */
@ApplicationScoped
public class MachineClientRemovals {

    static final String JOB = "remove-revoked-machine-clients";

    @Inject
    KeycloakMachineClients keycloak;

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    JobRuns runs;

    @Inject
    MachineClientConfig config;

    @Scheduled(identity = JOB, every = "${portal.machine-clients.removal-retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, config.removalRetryEvery(), execution.getScheduledFireTime(), this::removeOutstanding);
    }

    /**
     * Removes the Keycloak client of every marked machine client; says how many. Stops at the first client Keycloak
     * does not answer for ({@link PeopleUnavailable}), leaving it and the rest marked for the next run.
     */
    @ActivateRequestContext
    public synchronized String removeOutstanding() {
        List<?> partners = unattended.atPlatform(() -> entityManager.createNativeQuery("select distinct"
                + " m.partner_id, p.partnership_id from machine_client m join partner p on p.id = m.partner_id"
                + " where m.keycloak_to_remove order by m.partner_id").getResultList());
        int removed = 0;
        for (Object row : partners) {
            String partner = ((Object[]) row)[0].toString();
            String partnership = ((Object[]) row)[1].toString();
            List<Marked> marked = unattended.forPartner(partner, partnership, () -> new ArrayList<>(
                    MachineClient.<MachineClient>list("partnerId = ?1 and keycloakToRemove = true order by createdAt",
                            partner).stream().map(c -> new Marked(c.id, c.clientId)).toList()));
            for (Marked client : marked) {
                keycloak.remove(client.clientId());
                unattended.forPartner(partner, partnership, () -> {
                    finished(client.id());
                    return null;
                });
                removed++;
            }
        }
        return removed + " machine clients removed from Keycloak";
    }

    private void finished(UUID id) {
        MachineClient held = MachineClient.findById(id);
        if (held == null || !held.keycloakToRemove) {
            return;
        }
        if (held.state == MachineClient.State.PENDING) {
            MachineClient.deleteById(id);
            audit.record("machine-client.removed", "machine-client", id.toString(),
                    "Removed the unfinished registration of machine client " + held.name + " once Keycloak answered");
        } else {
            held.keycloakToRemove = false;
            audit.record("machine-client.keycloak-removed", "machine-client", id.toString(),
                    "Removed machine client " + held.name + " (" + held.clientId + ") from Keycloak after its"
                            + " revocation, once Keycloak answered");
        }
    }

    private record Marked(UUID id, String clientId) {
    }
}
