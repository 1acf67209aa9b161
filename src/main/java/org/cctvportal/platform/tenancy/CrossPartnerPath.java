package org.cctvportal.platform.tenancy;

import java.util.Set;
import org.cctvportal.platform.security.Roles;

/**
 * The named cross-partner read paths: each says which roles may use it. Adding a path here is the only way to read
 * another partner's rows, and every path is covered by the access matrix test.
 */
public enum CrossPartnerPath {

    /** The partnership's partner directory with full profiles: the PCC office admits and oversees partners. */
    PARTNER_DIRECTORY(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /** Cameras the partners took offline or decommissioned, with the reason: the PCC office watches coverage. */
    ESTATE_SWITCH_OFFS(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /** Each partner's open compliance findings counted by severity: the PCC office sees where the risk is. */
    COMPLIANCE_OVERVIEW(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /**
     * Each partner's replacements due by financial year, counted and costed, and its capital projects: the
     * partnership's capital plan.
     */
    CAPITAL_PLAN(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /**
     * Monitoring bookings at the hubs the caller's partner operates, with the booking partners' names: the hub's
     * supervisors and operators queue, decide, watch and search for them. The database's policies bind these rows to the hub's
     * operator, so a supervisor sees no other operator's hubs.
     */
    HUB_BOOKINGS(Roles.HUB_SUPERVISOR, Roles.OPERATOR),

    /**
     * The partnership's partners (names and kinds) for the operator running its hubs: whom a hub may be proposed to
     * serve, and whose bookings a hub still has to watch before it closes or ends a service.
     */
    HUB_ADMINISTRATION(Roles.PARTNER_MANAGER, Roles.HUB_SUPERVISOR),

    /** Monitoring recharge totals per partner: the PCC office follows what monitoring costs and earns. */
    MONITORING_TOTALS(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /**
     * The PCC office's dashboard: every partner's pre-aggregated figures (counts, hours, amounts; never an evidence
     * item or footage), the partners' cameras on the map with their worst open severity, the cameras and findings
     * behind a figure, and the search box's cameras, sites and recorders of every partner, read-only.
     */
    PARTNERSHIP_DASHBOARD(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /** How many evidence items each partner holds, on hold and disposed: counts only, never an item or footage. */
    EVIDENCE_COUNTS(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /** Switch-off notices of every partner with their cameras: the PCC office sees coverage at risk. */
    SWITCH_OFF_NOTICES(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /** Each partner's code-of-practice self-assessment, DPIA review dates and subject access clocks. */
    ASSURANCE_REGISTERS(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST),

    /**
     * Who viewed, downloaded and exported footage of every partner's evidence (custody events, no items or
     * footage): the PCC office's oversight of access across the partnership. Never the analysts.
     */
    WHO_WATCHED(Roles.PARTNERSHIP_ADMIN),

    /**
     * The audit trail of every partner of the partnership (who changed what, when), searched and exported by the PCC
     * office's partnership admin (never the analysts, who see aggregates: events name people); read-only, and the database's partnership policy keeps it to the caller's partnership.
     */
    AUDIT_TRAIL(Roles.PARTNERSHIP_ADMIN),

    /**
     * The evidence vault: the caller's own evidence, items its partner captured for another partner (the operator)
     * and items shared with it while the share is live (a police force); the partner's auditors read custody logs
     * there. Not read-only: custody events and captures
     * are written here, and PostgreSQL's evidence policies admit nothing else of another partner's.
     */
    EVIDENCE_CUSTODY(TenantScope.EVIDENCE, Roles.PARTNER_MANAGER, Roles.EVIDENCE_OFFICER, Roles.OPERATOR,
            Roles.AUDITOR);

    private final Set<String> roles;
    private final TenantScope scope;

    CrossPartnerPath(String... roles) {
        this(TenantScope.PARTNERSHIP, roles);
    }

    CrossPartnerPath(TenantScope scope, String... roles) {
        this.scope = scope;
        this.roles = Set.of(roles);
    }

    /** The scope the path's work runs in. */
    public TenantScope scope() {
        return scope;
    }

    public Set<String> roles() {
        return roles;
    }
}
