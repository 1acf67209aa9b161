package org.cctvportal.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * How a request opened by a secret link ({@link SecretLink}: an operator's calendar feed, a wall screen's cookie),
 * which carries no sign-in, reads its owner's records: the feature finds the owner from the secret's hash, then runs
 * the read here as the owner's partner, in a new transaction under that partner's tenant and row-level security. The
 * partner always comes from the database's own record of the secret, never from the request.
 */
@ApplicationScoped
public class SecretLinkWork {

    @Inject
    TenantContext context;

    /** Runs {@code read} for the owner of a secret of the given kind (the kind names what the read may cover). */
    public <T> T forOwner(SecretLink link, String partner, String partnership, Supplier<T> read) {
        java.util.Objects.requireNonNull(link, "a secret link names its kind");
        return context.inScope(TenantScope.PARTNER, () -> context.asPartner(partner, partnership,
                () -> QuarkusTransaction.requiringNew().call(read::get)));
    }
}
