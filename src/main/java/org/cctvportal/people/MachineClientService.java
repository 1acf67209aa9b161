package org.cctvportal.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.cctvportal.partner.Partner;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.web.RefusedException;

/**
 * Registers, rotates and revokes a partner's machine clients, keeping the portal's record and the Keycloak client in
 * step. As with people, Keycloak is outside the database's transaction: the record is written pending before Keycloak
 * is asked, and marked active only once Keycloak has the client with its roles; a registration Keycloak's absence
 * interrupts is undone in Keycloak where it can be, and otherwise left pending (never usable: the request filter
 * refuses any token of a client that is not active) and marked for {@link MachineClientRemovals} to finish. A
 * revocation marks the record first, so the client's tokens are refused at once even while Keycloak is away, and then
 * removes the Keycloak client; when Keycloak is away, that job removes it once Keycloak answers.
 */
@ApplicationScoped
public class MachineClientService {

    /** A client and the secret just made for it: shown to the caller once, never kept. */
    public record WithSecret(MachineClient client, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeycloakMachineClients keycloak;

    @Inject
    MachineClientAccess access;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    public List<MachineClient> clients() {
        return QuarkusTransaction.joiningExisting().call(() -> MachineClient.ofPartner(access.own().id));
    }

    public MachineClient client(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> found(id));
    }

    public WithSecret register(MachineClientForm form) {
        access.refuseMachineCaller();
        Partner partner = access.own();
        MachineClientForm.Request request = form.toRequest(access.grantable(partner), access.footageAllowed(),
                partner.name);
        return register(partner, request, identity.getPrincipal().getName());
    }

    /** Registers a checked request for {@code partner}, made by {@code createdBy}. */
    WithSecret register(Partner partner, MachineClientForm.Request request, String createdBy) {
        MachineClient pending = QuarkusTransaction.requiringNew().call(() -> pendingRecord(partner, request,
                createdBy));
        KeycloakMachineClients.Made made;
        try {
            made = keycloak.create(pending, partner.partnershipId);
        } catch (RuntimeException e) {
            undo(pending);
            throw e;
        }
        MachineClient active = QuarkusTransaction.requiringNew().call(() -> {
            MachineClient held = found(pending.id);
            held.keycloakId = made.keycloakId();
            held.state = MachineClient.State.ACTIVE;
            held.secretRotatedAt = clock.instant();
            audit.record("machine-client.register", "machine-client", held.id.toString(), "Registered machine client "
                    + held.name + " (" + held.clientId + ") with " + String.join(", ", held.roles()));
            return held;
        });
        return new WithSecret(active, made.secret());
    }

    public WithSecret rotate(UUID id) {
        access.refuseMachineCaller();
        MachineClient client = client(id);
        if (client.state != MachineClient.State.ACTIVE) {
            throw new RefusedException("This client cannot be given a new secret",
                    client.name + " is " + client.state.name().toLowerCase() + ", so it has no secret to replace.");
        }
        String secret = keycloak.rotate(client.keycloakId);
        MachineClient rotated = QuarkusTransaction.requiringNew().call(() -> {
            MachineClient held = found(id);
            held.secretRotatedAt = clock.instant();
            audit.record("machine-client.rotate", "machine-client", id.toString(), "New secret for machine client "
                    + held.name + "; the previous one no longer works");
            return held;
        });
        return new WithSecret(rotated, secret);
    }

    /** Refused at once in the portal, then removed from Keycloak (again, if Keycloak was away last time). */
    public MachineClient revoke(UUID id) {
        access.refuseMachineCaller();
        MachineClient client = client(id);
        if (client.state == MachineClient.State.PENDING) {
            if (!client.keycloakToRemove) {
                // Marked first, so that Keycloak away now leaves the removal to the job rather than to the caller.
                QuarkusTransaction.requiringNew().run(() -> found(id).keycloakToRemove = true);
            }
            keycloak.remove(client.clientId);
            QuarkusTransaction.requiringNew().run(() -> {
                MachineClient.deleteById(id);
                audit.record("machine-client.removed", "machine-client", id.toString(),
                        "Removed the unfinished registration of machine client " + client.name);
            });
            return client;
        }
        if (client.state == MachineClient.State.ACTIVE) {
            QuarkusTransaction.requiringNew().run(() -> {
                MachineClient held = found(id);
                held.state = MachineClient.State.REVOKED;
                held.revokedAt = clock.instant();
                held.keycloakToRemove = true;
                audit.record("machine-client.revoke", "machine-client", id.toString(), "Revoked machine client "
                        + held.name + " (" + held.clientId + ")");
            });
        }
        if (client.state == MachineClient.State.ACTIVE || client.keycloakToRemove) {
            try {
                keycloak.remove(client.clientId);
            } catch (PeopleUnavailable e) {
                // Revoked in the portal all the same: its tokens are refused, and the remove-revoked-machine-clients
                // job (MachineClientRemovals) removes the Keycloak client once Keycloak answers.
                return client(id);
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                MachineClient held = found(id);
                held.keycloakToRemove = false;
                return held;
            });
        }
        return client;
    }

    private MachineClient pendingRecord(Partner partner, MachineClientForm.Request request, String createdBy) {
        MachineClient client = new MachineClient();
        client.id = UUID.randomUUID();
        client.partnerId = partner.id;
        client.name = request.name();
        client.clientId = "mc-" + partner.id + "-" + HexFormat.of().formatHex(randomBytes());
        client.roleList = String.join(",", request.roles());
        client.state = MachineClient.State.PENDING;
        client.createdBy = createdBy;
        client.createdAt = clock.instant();
        client.persistAndFlush();
        return client;
    }

    /** Undoes an interrupted registration: the Keycloak client if it was made, then the record. */
    private void undo(MachineClient pending) {
        try {
            keycloak.remove(pending.clientId);
        } catch (PeopleUnavailable e) {
            // Keycloak is away: the pending record stays, never usable, marked for the removal job to finish.
            QuarkusTransaction.requiringNew().run(() -> found(pending.id).keycloakToRemove = true);
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> MachineClient.deleteById(pending.id));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static MachineClient found(UUID id) {
        MachineClient client = MachineClient.findById(id);
        if (client == null) {
            throw new NotFoundException("No such machine client");
        }
        return client;
    }
}
