package org.cctvportal.platform.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.cctvportal.platform.DatabaseFaults;

/**
 * Carries the request's partner, partnership and scope into PostgreSQL on every connection the portal takes from the
 * pool, and clears them when it goes back. Row-level security policies read these settings, so native SQL and
 * anything Hibernate's filter misses is still bounded. With no request (or no partner) every setting is empty and
 * the policies return no rows and refuse every write.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

    private static final String APPLY = "SELECT set_config('app.partner', ?, false), "
            + "set_config('app.partnership', ?, false), set_config('app.scope', ?, false)";

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
        apply(connection, partner, partnership, scope.name().toLowerCase());
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            apply(connection, "", "", "");
        } catch (IllegalStateException e) {
            // A connection the server ended keeps no settings to clear; the pool's validation discards it. Throwing
            // here would fail the end of the transaction it served instead.
            if (!DatabaseFaults.connectionLost(e)) {
                throw e;
            }
        }
    }

    private static void apply(Connection connection, String partner, String partnership, String scope) {
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, partner);
            statement.setString(2, partnership);
            statement.setString(3, scope);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the tenant on a database connection", e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
