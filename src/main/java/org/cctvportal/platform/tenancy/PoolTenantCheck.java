package org.cctvportal.platform.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At start, makes both pools' check on borrow the tenant statement ({@link TenantConnectionInterceptor#checkOnBorrow}),
 * so a connection taken costs one round trip to PostgreSQL, not two, and one the server ended is still replaced
 * before a request uses it. Connections taken before this (the migrations at start) get the driver's check and then
 * the tenant, as every connection did before.
 */
@ApplicationScoped
public class PoolTenantCheck {

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource(ReplicaReads.DATASOURCE)
    AgroalDataSource replica;

    void install(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        TenantConnectionInterceptor.checkOnBorrow(primary, "<default>");
        TenantConnectionInterceptor.checkOnBorrow(replica, ReplicaReads.DATASOURCE);
    }
}
