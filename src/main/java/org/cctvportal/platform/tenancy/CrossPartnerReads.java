package org.cctvportal.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The single mechanism for reading across the partners of one partnership. The work runs in a new, read-only
 * transaction under Hibernate's root tenant, and PostgreSQL's partnership policies still bound it to the caller's
 * partnership; writes stay limited to the caller's own partner.
 */
@ApplicationScoped
public class CrossPartnerReads {

    @Inject
    TenantContext context;

    @Inject
    SecurityIdentity identity;

    public <T> T read(CrossPartnerPath path, Supplier<T> work) {
        if (path.roles().stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException("Your role does not allow " + path);
        }
        context.requirePartner();
        return context.inScope(TenantScope.PARTNERSHIP, () -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
