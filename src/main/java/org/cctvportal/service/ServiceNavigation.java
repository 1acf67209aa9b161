package org.cctvportal.service;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The console's one entry in the service navigation: a platform admin's whole menu. */
@Singleton
class ServiceNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(new NavItem(5, "Partnerships", ServiceLinks.partnerships(), Set.of(Roles.PLATFORM_ADMIN)));
    }
}
