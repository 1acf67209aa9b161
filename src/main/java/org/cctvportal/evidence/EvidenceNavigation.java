package org.cctvportal.evidence;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.NavContribution;
import org.cctvportal.platform.web.NavItem;

/** The evidence vault's entry in the service navigation. */
@Singleton
class EvidenceNavigation implements NavContribution {

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(140, "Evidence", EvidenceLinks.evidence(), Set.of(Roles.PARTNER_MANAGER,
                        Roles.EVIDENCE_OFFICER, Roles.OPERATOR, Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN)));
    }
}
