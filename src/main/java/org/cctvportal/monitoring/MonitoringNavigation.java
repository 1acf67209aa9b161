package org.cctvportal.monitoring;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The monitoring pages' entries in the service navigation: hubs, bookings, approvals and statements. */
@Singleton
class MonitoringNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(80, "Hubs", MonitoringLinks.hubs(),
                        NavItem.union(NavItem.PCC, NavItem.COUNCIL, Set.of(Roles.OPERATOR))),
                new NavItem(90, "Bookings", MonitoringLinks.bookings(), NavItem.COUNCIL),
                new NavItem(100, "Approvals", MonitoringLinks.approvals(), Set.of(Roles.HUB_SUPERVISOR)),
                new NavItem(130, "Statements", MonitoringLinks.statements(),
                        NavItem.union(NavItem.PCC, NavItem.COUNCIL, Set.of(Roles.HUB_SUPERVISOR))));
    }
}
