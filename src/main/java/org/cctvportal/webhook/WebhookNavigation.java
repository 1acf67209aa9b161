package org.cctvportal.webhook;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The webhook pages' entry in the service navigation: the partner's managers. */
@Singleton
class WebhookNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(new NavItem(187, "Webhooks", WebhookLinks.subscriptions(), Set.of(Roles.PARTNER_MANAGER)));
    }
}
