package org.cctvportal.dashboard;

import jakarta.inject.Singleton;
import java.util.List;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The dashboards' entry in the service navigation: first for every role that has a dashboard. */
@Singleton
class DashboardNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(10, "Dashboard", DashboardLinks.dashboard(),
                        NavItem.union(NavItem.PCC, NavItem.COUNCIL, NavItem.HUB)));
    }
}
