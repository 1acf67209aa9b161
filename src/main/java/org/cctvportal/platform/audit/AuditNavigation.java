package org.cctvportal.platform.audit;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The audit trail's entry in the service navigation. */
@Singleton
class AuditNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(190, "Audit trail", AuditLinks.audit(),
                        Set.of(Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN)));
    }
}
