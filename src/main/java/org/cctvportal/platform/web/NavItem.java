package org.cctvportal.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.Set;

/** One entry of the service navigation, shown to the roles that may use the page behind it. */
public record NavItem(String label, String href, Set<String> roles) {

    public static final Set<String> EVERY_ROLE = Set.of();

    static final List<NavItem> ALL = List.of(
            new NavItem("Home", Links.home(), EVERY_ROLE),
            new NavItem("Estate", Links.cameras(), EVERY_ROLE),
            new NavItem("Partners", Links.partners(), Set.of("partnership-admin", "pcc-analyst")),
            new NavItem("Specification", Links.specification(), EVERY_ROLE),
            new NavItem("Compliance", Links.compliance(), EVERY_ROLE),
            new NavItem("Capital plan", Links.capitalPlan(), EVERY_ROLE),
            new NavItem("Hubs", Links.hubs(), EVERY_ROLE),
            new NavItem("Bookings", Links.bookings(), Set.of("partner-manager", "partner-viewer")),
            new NavItem("Approvals", Links.approvals(), Set.of("hub-supervisor")),
            new NavItem("Rota", Links.rota(), Set.of("hub-supervisor")),
            new NavItem("My shifts", Links.myShifts(), Set.of("operator")),
            new NavItem("Statements", Links.statements(),
                    Set.of("partner-manager", "partner-viewer", "hub-supervisor", "partnership-admin", "pcc-analyst")),
            new NavItem("Evidence", Links.evidence(), Set.of("partner-manager", "evidence-officer", "operator",
                    "auditor", "partnership-admin", "pcc-analyst")),
            new NavItem("Switch-offs", Links.switchOffs(), Set.of("partnership-admin", "pcc-analyst")),
            new NavItem("Assurance", "/assurance", Set.of("partnership-admin", "pcc-analyst", "partner-manager",
                    "partner-viewer", "auditor", "evidence-officer")),
            new NavItem("Reference data", Links.manufacturers(), Set.of("partnership-admin")),
            new NavItem("Our profile", Links.profile(), EVERY_ROLE),
            new NavItem("Audit trail", Links.audit(), Set.of("auditor")));

    boolean visibleTo(SecurityIdentity identity) {
        return roles.isEmpty() || roles.stream().anyMatch(identity::hasRole);
    }
}
