package org.cctvportal.estate;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The estate's entries in the service navigation: the cameras, switch-offs and reference data. */
@Singleton
class EstateNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(40, "Estate", EstateLinks.cameras(),
                        NavItem.union(NavItem.COUNCIL, Set.of(Roles.EVIDENCE_OFFICER, Roles.AUDITOR))),
                new NavItem(150, "Switch-offs", EstateLinks.switchOffs(), NavItem.PCC),
                new NavItem(170, "Reference data", EstateLinks.manufacturers(), Set.of(Roles.PARTNERSHIP_ADMIN)));
    }
}
