package org.cctvportal.rota;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The rota's entries in the service navigation: the supervisor's rota and an operator's own shifts. */
@Singleton
class RotaNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(110, "Rota", RotaLinks.rota(), Set.of(Roles.HUB_SUPERVISOR)),
                new NavItem(120, "My shifts", RotaLinks.myShifts(), Set.of(Roles.OPERATOR)));
    }
}
