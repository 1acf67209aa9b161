package org.cctvportal.platform.tenancy;

import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The same tenant settings on every connection of the {@code replica} datasource. Quarkus applies a pool interceptor
 * to a named datasource only when the bean carries that datasource's qualifier; without this, the replica's
 * connections would carry no partner and row-level security would return no rows.
 */
@ApplicationScoped
@DataSource(ReplicaReads.DATASOURCE)
public class ReplicaConnectionInterceptor extends TenantConnectionInterceptor {
}
