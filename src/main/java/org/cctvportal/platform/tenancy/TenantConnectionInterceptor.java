package org.cctvportal.platform.tenancy;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.jboss.logging.Logger;

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
 *
 * <p>The pool checks each connection as it leaves (validate-on-borrow), so that one the server ended is replaced
 * before a request uses it. That check is this same statement ({@link #checkOnBorrow}): a connection that answers it
 * is alive, and it then carries the tenant of the request taking it, so {@link #onConnectionAcquire} right after has
 * nothing left to write for it. A connection that does not answer is dropped and the pool tries the next one, as with
 * the driver's own check. Whenever the check did not write this request's tenant on this very connection (a pool
 * whose check could not be replaced, a connection the check found alive after the statement failed), the interceptor
 * writes it as before.
 *
 * <p>A request takes a connection more than once: the signed-in person's standing is read on one before the request's
 * transaction takes one, and the pool hands the thread the same connection again. The statement is then not sent a
 * second time when the connection still carries this request's tenant: each connection keeps a record of the request
 * and tenant last written on it, which every write replaces and every failed write removes. Every connection leaving
 * the pool passes the check, so a connection another request had in between carries that request's record, and gets
 * this one's tenant written again. A record is kept only for a write that took effect at once (the connection in
 * auto-commit), which no rollback can undo, and stands for a second of the portal's clock, so that a job's request
 * context, which may last minutes, still has app.now written afresh. The connection went back to the pool alive
 * moments before, on this thread.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(TenantConnectionInterceptor.class);

    private static final String APPLY = "SELECT set_config('app.partner', ?, false), "
            + "set_config('app.partnership', ?, false), set_config('app.scope', ?, false), "
            + "set_config('app.now', ?, false)";

    /**
     * The connection the pool's check has just given this thread's tenant, and that tenant. The check and the
     * interceptor run on the thread taking the connection, one right after the other (nothing between them sends a
     * statement); the interceptor always clears it.
     */
    private static final ThreadLocal<Checked> CHECKED = new ThreadLocal<>();

    private record Tenant(String partner, String partnership, String scope) {
    }

    /** The tenant last written on a connection, for which request (null outside a request), and the time written. */
    private record Written(Object request, Tenant tenant, Instant now) {

        /** Whether this is what a check for {@code request} and {@code tenant} at {@code time} would write. */
        boolean stands(Object request, Tenant tenant, Instant time) {
            return request != null && this.request == request && this.tenant.equals(tenant) && !time.isBefore(now)
                    && time.isBefore(now.plus(NOW_KEPT));
        }
    }

    /**
     * How long the time written with a tenant (app.now, which the database decides by) is taken as now again: a
     * request's borrows are milliseconds apart, while a job's request context may last minutes.
     */
    private static final Duration NOW_KEPT = Duration.ofSeconds(1);

    /** Per connection under the pool's wrappers, the tenant last written on it; a closed connection's goes with it. */
    private static final Map<Connection, Written> WRITTEN = Collections.synchronizedMap(new WeakHashMap<>());

    private record Checked(Connection connection, Tenant tenant) {
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        Tenant tenant = currentTenant();
        Checked checked = CHECKED.get();
        if (checked != null) {
            CHECKED.remove();
            if (checked.tenant().equals(tenant) && checked.connection() == physical(connection)) {
                return;
            }
        }
        try {
            apply(connection, physical(connection), currentRequest(), tenant, now());
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the tenant on a database connection", e);
        }
    }

    /**
     * Makes the pool's check on borrow of {@code dataSource} the tenant statement itself. Agroal offers no setting
     * for a check of one's own, so the pool's configuration is changed in place; when that is not possible (another
     * Agroal), or the pool does not check on borrow, the pool is left as it is and the interceptor writes the tenant
     * after the pool's own check, as before. Returns whether the check was replaced.
     */
    public static boolean checkOnBorrow(AgroalDataSource dataSource, String name) {
        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        if (!pool.validateOnBorrow() || pool.connectionValidator() instanceof TenantCheck) {
            return pool.connectionValidator() instanceof TenantCheck;
        }
        try {
            Field outer = pool.getClass().getDeclaredField("this$0");
            outer.setAccessible(true);
            Object supplier = outer.get(pool);
            Field validator = supplier.getClass().getDeclaredField("connectionValidator");
            validator.setAccessible(true);
            validator.set(supplier, new TenantCheck(pool.connectionValidator()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(e, "the pool of datasource %s keeps its own check on borrow: each connection taken costs"
                    + " one more round trip", name);
            return false;
        }
        return pool.connectionValidator() instanceof TenantCheck;
    }

    /**
     * The pool's check on borrow: the tenant statement, on the thread taking the connection. Any failure of it is
     * handed to the driver's own check, which then decides: a dead connection is dropped, a live one is kept and
     * the interceptor writes the tenant (and reports its failure) as it did before this check.
     */
    static final class TenantCheck implements ConnectionValidator {

        private final ConnectionValidator driverCheck;

        TenantCheck(ConnectionValidator driverCheck) {
            this.driverCheck = driverCheck;
        }

        @Override
        public boolean isValid(Connection connection) {
            CHECKED.remove();
            try {
                Tenant tenant = currentTenant();
                Connection physical = physical(connection);
                Object request = currentRequest();
                Instant now = now();
                Written last = WRITTEN.get(physical);
                if (last == null || !last.stands(request, tenant, now)) {
                    apply(connection, physical, request, tenant, now);
                }
                CHECKED.set(new Checked(physical, tenant));
                return true;
            } catch (SQLException | RuntimeException e) {
                return driverCheck.isValid(connection);
            }
        }
    }

    /** The current request's token, or null outside a request. */
    private static Object currentRequest() {
        InjectableContext requestContext = Arc.container().requestContext();
        return requestContext.isActive() ? Arc.container().instance(TenantContext.class).get().request() : null;
    }

    private static Tenant currentTenant() {
        InjectableContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            TenantContext context = Arc.container().instance(TenantContext.class).get();
            return new Tenant(orEmpty(context.partnerId()), orEmpty(context.partnershipId()),
                    context.scope().name().toLowerCase());
        }
        return new Tenant("", "", TenantScope.PARTNER.name().toLowerCase());
    }

    /** The driver's connection under the pool's wrappers (a new wrapper each time the pool hands it to us). */
    private static Connection physical(Connection connection) {
        try {
            return connection.unwrap(Connection.class);
        } catch (SQLException e) {
            return connection;
        }
    }

    /** Writes {@code tenant} and {@code now} on {@code connection} ({@code physical} under it) for {@code request}. */
    private static void apply(Connection connection, Connection physical, Object request, Tenant tenant, Instant now)
            throws SQLException {
        WRITTEN.remove(physical);
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, tenant.partner());
            statement.setString(2, tenant.partnership());
            statement.setString(3, tenant.scope());
            statement.setString(4, now.toString());
            statement.execute();
        }
        if (connection.getAutoCommit()) {
            WRITTEN.put(physical, new Written(request, tenant, now));
        }
    }

    /** The portal's clock. */
    private static Instant now() {
        return Arc.container().instance(Clock.class).get().instant();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
