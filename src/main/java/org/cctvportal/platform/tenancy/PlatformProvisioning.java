package org.cctvportal.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Creates partnerships and their first partners: the one path allowed to write outside a partnership. It is called
 * by start-up provisioning (the demo data), never from a request.
 */
@ApplicationScoped
public class PlatformProvisioning {

    @Inject
    TenantContext context;

    public void run(Runnable work) {
        context.inScope(TenantScope.PLATFORM, () -> {
            QuarkusTransaction.requiringNew().run(work);
            return null;
        });
    }
}
