package org.cctvportal.assurance;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The assurance pages' entry in the service navigation. */
@Singleton
class AssuranceNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(160, "Assurance", AssuranceLinks.overview(),
                        NavItem.union(NavItem.PCC, NavItem.COUNCIL, Set.of(Roles.AUDITOR, Roles.EVIDENCE_OFFICER))));
    }
}
