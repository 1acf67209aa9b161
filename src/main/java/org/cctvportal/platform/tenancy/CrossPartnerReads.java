package org.cctvportal.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * The single mechanism for reading across the partners of one partnership. The work runs in a new, read-only
 * transaction under Hibernate's root tenant, and PostgreSQL's partnership policies still bound it to the caller's
 * partnership; writes stay limited to the caller's own partner. The evidence path is the one exception to
 * read-only: see {@link CrossPartnerPath#EVIDENCE_CUSTODY}. A partnership read started inside another joins its
 * transaction.
 */
@ApplicationScoped
public class CrossPartnerReads {

    @Inject
    TenantContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager entityManager;

    public <T> T read(CrossPartnerPath path, Supplier<T> work) {
        if (path.roles().stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException("Your role does not allow " + path);
        }
        return path.scope() == TenantScope.EVIDENCE ? inEvidenceScope(work) : inPartnershipScope(work);
    }

    /**
     * The evidence vault's scope, after the role check: a new transaction under the root tenant, bounded by the
     * database's evidence policies (own evidence, captures, live shares). Writes the policies admit are possible here,
     * so a custody event can join another partner's chain.
     */
    <T> T inEvidenceScope(Supplier<T> work) {
        context.requirePartner();
        return context.inScope(TenantScope.EVIDENCE, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    /** The mechanism itself, after the role check: package-private, so only this package's paths reach it. */
    <T> T inPartnershipScope(Supplier<T> work) {
        context.requirePartner();
        if (context.scope() == TenantScope.PARTNERSHIP) {
            // A read inside another read of the partnership (a page made of several paths' reads, each path's role
            // checked above) joins its read-only transaction: the same scope and bounds, one connection.
            return work.get();
        }
        return context.inScope(TenantScope.PARTNERSHIP, () -> QuarkusTransaction.requiringNew().call(() -> {
            // PostgreSQL itself refuses any write in this transaction, whatever the work tries. Sent on the
            // transaction's connection as it is, not as a Hibernate update: Hibernate takes any native update for a
            // change to every table and walks every entity to forget their cached state, now and at commit.
            entityManager.unwrap(org.hibernate.Session.class).doWork(connection -> {
                try (java.sql.Statement readOnly = connection.createStatement()) {
                    readOnly.execute("SET TRANSACTION READ ONLY");
                }
            });
            return work.get();
        }));
    }
}
