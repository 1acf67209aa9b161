package org.cctvportal.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.Set;

/** One entry of the service navigation, shown to the roles that may use the page behind it. */
public record NavItem(String label, String href, Set<String> roles) {

    public static final Set<String> EVERY_ROLE = Set.of();

    static final Set<String> PCC = Set.of("partnership-admin", "pcc-analyst");
    static final Set<String> COUNCIL = Set.of("partner-manager", "partner-viewer");
    static final Set<String> HUB = Set.of("hub-supervisor", "operator");

    /** Each role's short list: its dashboard first, then the lists its work starts from. */
    static final List<NavItem> ALL = List.of(
            new NavItem("Dashboard", Links.dashboard(), union(PCC, COUNCIL, HUB)),
            new NavItem("Home", Links.home(), Set.of("evidence-officer", "auditor")),
            new NavItem("Partners", Links.partners(), PCC),
            new NavItem("Estate", Links.cameras(), union(COUNCIL, Set.of("evidence-officer", "auditor"))),
            new NavItem("Compliance", Links.compliance(), union(PCC, COUNCIL)),
            new NavItem("Capital plan", Links.capitalPlan(), union(PCC, Set.of("partner-manager"))),
            new NavItem("Specification", Links.specification(), union(PCC, Set.of("partner-manager"))),
            new NavItem("Hubs", Links.hubs(), union(PCC, COUNCIL, Set.of("operator"))),
            new NavItem("Bookings", Links.bookings(), COUNCIL),
            new NavItem("Approvals", Links.approvals(), Set.of("hub-supervisor")),
            new NavItem("Rota", Links.rota(), Set.of("hub-supervisor")),
            new NavItem("My shifts", Links.myShifts(), Set.of("operator")),
            new NavItem("Statements", Links.statements(), union(PCC, COUNCIL, Set.of("hub-supervisor"))),
            new NavItem("Evidence", Links.evidence(), Set.of("partner-manager", "evidence-officer", "operator",
                    "auditor", "partnership-admin")),
            new NavItem("Switch-offs", Links.switchOffs(), PCC),
            new NavItem("Assurance", "/assurance", union(PCC, COUNCIL, Set.of("auditor", "evidence-officer"))),
            new NavItem("Reference data", Links.manufacturers(), Set.of("partnership-admin")),
            new NavItem("Our profile", Links.profile(), EVERY_ROLE),
            new NavItem("Audit trail", Links.audit(), Set.of("auditor")));

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    boolean visibleTo(SecurityIdentity identity) {
        return roles.isEmpty() || roles.stream().anyMatch(identity::hasRole);
    }
}
