package org.cctvportal.platform.tenancy;

import io.quarkus.arc.Arc;
import java.util.function.Supplier;

/**
 * Arguments of the auto-enabled {@code directory} Hibernate filter that bounds the partnership and partner tables
 * (which are the tenants themselves, so they carry no tenant column). Read from the request's tenant context.
 */
public final class DirectoryFilter {

    public static final String NAME = "directory";
    public static final String PARTNERSHIP_CONDITION = "(id = :partnership or :scope in ('platform', 'service'))";
    /** For rows the partnership keeps (reference data, hubs): its own partnership's, whatever the scope. */
    public static final String PARTNERSHIP_ROWS_CONDITION = "(partnership_id = :partnership or :scope = 'platform')";
    /** At service scope row-level security leaves the PCC offices alone. */
    public static final String PARTNER_CONDITION = "(id = :partner or :scope in ('platform', 'service')"
            + " or (partnership_id = :partnership and :scope = 'partnership'))";

    private DirectoryFilter() {
    }

    private static TenantContext context() {
        return Arc.container().requestContext().isActive()
                ? Arc.container().instance(TenantContext.class).get() : null;
    }

    public static final class Partner implements Supplier<String> {
        @Override
        public String get() {
            TenantContext context = context();
            return context == null || context.partnerId() == null ? "" : context.partnerId();
        }
    }

    public static final class Partnership implements Supplier<String> {
        @Override
        public String get() {
            TenantContext context = context();
            return context == null || context.partnershipId() == null ? "" : context.partnershipId();
        }
    }

    public static final class Scope implements Supplier<String> {
        @Override
        public String get() {
            TenantContext context = context();
            return context == null ? "" : context.scope().name().toLowerCase();
        }
    }
}
