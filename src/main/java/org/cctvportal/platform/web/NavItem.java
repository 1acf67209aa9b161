package org.cctvportal.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.Set;
import org.cctvportal.assurance.AssuranceLinks;
import org.cctvportal.compliance.ComplianceLinks;
import org.cctvportal.dashboard.DashboardLinks;
import org.cctvportal.estate.EstateLinks;
import org.cctvportal.evidence.EvidenceLinks;
import org.cctvportal.monitoring.MonitoringLinks;
import org.cctvportal.partner.PartnerLinks;
import org.cctvportal.platform.audit.AuditLinks;
import org.cctvportal.rota.RotaLinks;
import org.cctvportal.specification.SpecificationLinks;

/** One entry of the service navigation, shown to the roles that may use the page behind it. */
public record NavItem(String label, String href, Set<String> roles) {

    public static final Set<String> EVERY_ROLE = Set.of();

    static final Set<String> PCC = Set.of("partnership-admin", "pcc-analyst");
    static final Set<String> COUNCIL = Set.of("partner-manager", "partner-viewer");
    static final Set<String> HUB = Set.of("hub-supervisor", "operator");

    /** Each role's short list: its dashboard first, then the lists its work starts from. */
    static final List<NavItem> ALL = List.of(
            new NavItem("Dashboard", DashboardLinks.dashboard(), union(PCC, COUNCIL, HUB)),
            new NavItem("Home", Links.home(), Set.of("evidence-officer", "auditor")),
            new NavItem("Partners", PartnerLinks.partners(), PCC),
            new NavItem("Estate", EstateLinks.cameras(), union(COUNCIL, Set.of("evidence-officer", "auditor"))),
            new NavItem("Compliance", ComplianceLinks.compliance(), union(PCC, COUNCIL)),
            new NavItem("Capital plan", ComplianceLinks.capitalPlan(), union(PCC, Set.of("partner-manager"))),
            new NavItem("Specification", SpecificationLinks.specification(), union(PCC, Set.of("partner-manager"))),
            new NavItem("Hubs", MonitoringLinks.hubs(), union(PCC, COUNCIL, Set.of("operator"))),
            new NavItem("Bookings", MonitoringLinks.bookings(), COUNCIL),
            new NavItem("Approvals", MonitoringLinks.approvals(), Set.of("hub-supervisor")),
            new NavItem("Rota", RotaLinks.rota(), Set.of("hub-supervisor")),
            new NavItem("My shifts", RotaLinks.myShifts(), Set.of("operator")),
            new NavItem("Statements", MonitoringLinks.statements(), union(PCC, COUNCIL, Set.of("hub-supervisor"))),
            new NavItem("Evidence", EvidenceLinks.evidence(), Set.of("partner-manager", "evidence-officer", "operator",
                    "auditor", "partnership-admin")),
            new NavItem("Switch-offs", EstateLinks.switchOffs(), PCC),
            new NavItem("Assurance", AssuranceLinks.overview(), union(PCC, COUNCIL, Set.of("auditor", "evidence-officer"))),
            new NavItem("Reference data", EstateLinks.manufacturers(), Set.of("partnership-admin")),
            new NavItem("Our profile", PartnerLinks.profile(), EVERY_ROLE),
            new NavItem("Audit trail", AuditLinks.audit(), Set.of("auditor")));

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
