package org.cctvportal.specification;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The specification's entry in the service navigation. */
@Singleton
class SpecificationNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(70, "Specification", SpecificationLinks.specification(),
                        NavItem.union(NavItem.PCC, Set.of(Roles.PARTNER_MANAGER))));
    }
}
