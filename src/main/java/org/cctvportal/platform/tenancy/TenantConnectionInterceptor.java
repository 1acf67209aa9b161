package org.cctvportal.platform.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Carries the request's partner, partnership and scope into PostgreSQL on every connection the portal takes from the
 * pool. Row-level security policies read these settings, so native SQL and anything Hibernate's filter misses is still
 * bounded. With no request (or no partner) every setting is empty and the policies return no rows and refuse every
 * write. The portal's clock goes in too (app.now, read by app_now()), so the database decides by the same time as the
 * portal.
 *
 * <p>All four settings are written, in one statement, each time a connection leaves the pool, whoever takes it: the
 * pool hands out no connection without this (a connection a transaction already holds is the same transaction's, with
 * the same settings). So nothing is written when a connection goes back: what it carries in the pool is overwritten
 * before any statement of its next user, and clearing it would be one more round trip per connection taken.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

    private static final String APPLY = "SELECT set_config('app.partner', ?, false), "
            + "set_config('app.partnership', ?, false), set_config('app.scope', ?, false), "
            + "set_config('app.now', ?, false)";

    @Override
    public void onConnectionAcquire(Connection connection) {
        String partner = "";
        String partnership = "";
        TenantScope scope = TenantScope.PARTNER;
        InjectableContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            TenantContext context = Arc.container().instance(TenantContext.class).get();
            partner = orEmpty(context.partnerId());
            partnership = orEmpty(context.partnershipId());
            scope = context.scope();
        }
        apply(connection, partner, partnership, scope.name().toLowerCase(),
                Arc.container().instance(Clock.class).get().instant().toString());
    }

    private static void apply(Connection connection, String partner, String partnership, String scope,
            String now) {
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, partner);
            statement.setString(2, partnership);
            statement.setString(3, scope);
            statement.setString(4, now);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the tenant on a database connection", e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
