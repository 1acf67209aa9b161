package org.cctvportal.partner;

import jakarta.inject.Singleton;
import java.util.List;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The partners' and profile pages' entries in the service navigation. */
@Singleton
class PartnerNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(30, "Partners", PartnerLinks.partners(), NavItem.PCC),
                new NavItem(180, "Our profile", PartnerLinks.profile(), NavItem.EVERY_ROLE));
    }
}
