package org.cctvportal.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import org.cctvportal.partner.Partner;
import org.cctvportal.partner.PartnerService;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.RefusedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may do what with machine clients: a partner manager manages their own partner's, giving roles they could give
 * a person there; a footage role only where the partnership's admin allows it (the setting read and written here).
 * A machine client itself manages none: its secret cannot make another.
 */
@RequestScoped
public class MachineClientAccess {

    /** The prefix of every machine client's Keycloak client id, and so of the {@code azp} of its tokens. */
    public static final String CLIENT_ID_PREFIX = org.cctvportal.platform.security.ApiRateLimit.MACHINE_CLIENT_PREFIX;

    @Inject
    PartnerService partners;

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.oidc.auth-server-url")
    java.util.Optional<String> realmUrl;

    public Partner own() {
        return partners.own();
    }

    Set<String> grantable(Partner partner) {
        return RoleGrants.grantable(partner.kind, identity.getRoles());
    }

    /** Whether the caller's partnership lets its partners' machine clients hold a footage role. */
    public boolean footageAllowed() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            MachineClientFootage setting = MachineClientFootage.findById(tenant.partnershipId());
            return setting != null && setting.allowed;
        });
    }

    /** The partnership admin's choice; the database refuses it from anyone but the PCC office. */
    public boolean allowFootage(boolean allowed) {
        refuseMachineCaller();
        String partnership = tenant.partnershipId();
        QuarkusTransaction.requiringNew().run(() -> {
            MachineClientFootage setting = MachineClientFootage.findById(partnership);
            if (setting == null) {
                setting = new MachineClientFootage();
                setting.partnershipId = partnership;
            }
            setting.allowed = allowed;
            setting.changedBy = identity.getPrincipal().getName();
            setting.changedAt = clock.instant();
            setting.persistAndFlush();
            audit.record("machine-client.footage", "partnership", partnership, allowed
                    ? "Machine clients may be given roles that reach footage"
                    : "Machine clients may no longer be given roles that reach footage");
        });
        return allowed;
    }

    /** Where a machine client asks Keycloak for a token (client credentials). */
    public String tokenUrl() {
        return realmUrl.map(url -> url + "/protocol/openid-connect/token").orElse("");
    }

    /** A machine client's token manages no machine client: a leaked secret cannot make itself another. */
    void refuseMachineCaller() {
        if (isMachineClient(identity)) {
            throw new RefusedException("Machine clients cannot do this",
                    "Machine clients and their secrets are managed by a person: sign in to the portal.");
        }
    }

    /** Whether the caller is a machine client (its token's authorised party is one the portal made). */
    public static boolean isMachineClient(SecurityIdentity identity) {
        return azp(identity) != null && azp(identity).startsWith(CLIENT_ID_PREFIX);
    }

    /** The token's authorised party (the Keycloak client it was issued to), if the caller has a token. */
    public static String azp(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object azp = jwt.getClaim("azp");
        return azp == null ? null : azp.toString();
    }
}
