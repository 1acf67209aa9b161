package org.cctvportal.people;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The people pages' entry in the service navigation, for those who manage people. */
@Singleton
class PeopleNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(new NavItem(185, "People", PeopleLinks.people(),
                Set.of(Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN)));
    }
}
