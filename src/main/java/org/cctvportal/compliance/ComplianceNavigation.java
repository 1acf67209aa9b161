package org.cctvportal.compliance;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The compliance pages' entries in the service navigation. */
@Singleton
class ComplianceNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(50, "Compliance", ComplianceLinks.compliance(),
                        NavItem.union(NavItem.PCC, NavItem.COUNCIL)),
                new NavItem(60, "Capital plan", ComplianceLinks.capitalPlan(),
                        NavItem.union(NavItem.PCC, Set.of(Roles.PARTNER_MANAGER))));
    }
}
