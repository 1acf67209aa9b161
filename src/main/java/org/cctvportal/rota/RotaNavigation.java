package org.cctvportal.rota;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/**
 * The rota's entries in the service navigation: the supervisor's rota, the operator's managers' operator profiles
 * (only where the caller's partner runs a hub: a council's manager has none to keep) and an operator's own shifts.
 */
@Singleton
class RotaNavigation implements NavContribution {

    @Inject
    TenantContext tenant;

    @Inject
    HubDirectory hubs;

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(110, "Rota", RotaLinks.rota(), Set.of(Roles.HUB_SUPERVISOR)),
                new NavItem(115, "Operators", RotaLinks.rotaOperators(), Set.of(Roles.PARTNER_MANAGER),
                        this::runsAHub),
                new NavItem(120, "My shifts", RotaLinks.myShifts(), Set.of(Roles.OPERATOR)));
    }

    /** Whether the caller's partner operates a hub; no menu entry rather than a failed page when it cannot be told. */
    boolean runsAHub() {
        try {
            return tenant.hasPartner() && hubs.runsAny(tenant.partnerId());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
