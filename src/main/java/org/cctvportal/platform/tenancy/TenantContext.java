package org.cctvportal.platform.tenancy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Whose data this request may touch: the partner and partnership from the caller's token, and the scope it is
 * reading in. Hibernate's tenant resolver and the database connection interceptor both read it, so every query is
 * bounded without the query saying so.
 */
@RequestScoped
public class TenantContext {

    @Inject
    SecurityIdentity identity;

    private boolean resolved;
    private String partnerId;
    private String partnershipId;
    private TenantScope scope = TenantScope.PARTNER;
    private String trailPartner;

    /** This request, told apart from every other: the pool's check knows by it a connection it gave this request. */
    private final Object request = new Object();

    public String partnerId() {
        resolve();
        return partnerId;
    }

    public String partnershipId() {
        resolve();
        return partnershipId;
    }

    public TenantScope scope() {
        return scope;
    }

    /**
     * Whose audit trail the work of a scope without a partner of its own is written in: at service scope, the PCC
     * office of the partnership the service operator is acting on; null otherwise (the caller's own partner's).
     */
    public String trailPartner() {
        return trailPartner;
    }

    /** Whether the token carries neither a partner nor a partnership claim (the service operator's). */
    public boolean hasNoPartnerClaim() {
        return partnerId() == null && partnershipId() == null;
    }

    public boolean hasPartner() {
        return partnerId() != null && partnershipId() != null;
    }

    /** The caller's partner, or a refusal when the token carries none (so nothing runs unscoped). */
    public String requirePartner() {
        if (!hasPartner()) {
            throw new NoPartnerException();
        }
        return partnerId;
    }

    /**
     * Runs work for a chosen partner in this request context. Only the named mechanisms of this package call it:
     * {@link UnattendedWork} (scheduled jobs, demo seeds) and {@link SecretLinkWork} (a calendar feed's or wall screen's owner).
     */
    <T> T asPartner(String partner, String partnership, Supplier<T> work) {
        resolve();
        String previousPartner = partnerId;
        String previousPartnership = partnershipId;
        partnerId = partner;
        partnershipId = partnership;
        try {
            return work.get();
        } finally {
            partnerId = previousPartner;
            partnershipId = previousPartnership;
        }
    }

    /** Widens the scope for the duration of {@code work}; only the named mechanisms of this package call it. */
    <T> T inScope(TenantScope wider, Supplier<T> work) {
        TenantScope previous = scope;
        scope = wider;
        try {
            return work.get();
        } finally {
            scope = previous;
        }
    }

    /** Writes the audit of {@code work} in {@code partner}'s trail; only {@link ServiceOperatorWork} calls it. */
    <T> T inTrailOf(String partner, Supplier<T> work) {
        String previous = trailPartner;
        trailPartner = partner;
        try {
            return work.get();
        } finally {
            trailPartner = previous;
        }
    }

    /** This request's own token, the same for its whole life and shared with no other request. */
    Object request() {
        return request;
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            partnerId = claim(jwt, "partner");
            partnershipId = claim(jwt, "partnership");
        }
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
