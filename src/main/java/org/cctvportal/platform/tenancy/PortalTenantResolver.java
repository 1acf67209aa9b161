package org.cctvportal.platform.tenancy;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Hibernate's discriminator tenant for each session: the caller's partner; for the two widened scopes, the root
 * tenant, which lifts Hibernate's filter for that transaction alone while row-level security still bounds it.
 */
@PersistenceUnitExtension
@RequestScoped
public class PortalTenantResolver implements TenantResolver {

    static final String ROOT = "__root__";
    private static final String NOBODY = "__nobody__";

    @Inject
    TenantContext context;

    @Override
    public String getDefaultTenantId() {
        return NOBODY;
    }

    @Override
    public String resolveTenantId() {
        return context.scope() == TenantScope.PARTNER ? context.requirePartner() : ROOT;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return ROOT.equals(tenantId);
    }
}
