package org.cctvportal.home;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Links;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The home page's entry in the service navigation, for the roles without a dashboard. */
@Singleton
class HomeNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(20, "Home", Links.home(), Set.of(Roles.EVIDENCE_OFFICER, Roles.AUDITOR)));
    }
}
