package org.cctvportal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cctvportal.partner.PartnerKind;
import org.junit.jupiter.api.Test;

/** The one table of who may hold and who may grant which role. */
class RoleGrantsTest {

    @Test
    void theRolesEachKindOfPartnerMayHold() {
        assertEquals(List.of("partnership-admin", "pcc-analyst", "partner-manager", "partner-viewer",
                "evidence-officer", "auditor"), List.copyOf(RoleGrants.heldAt(PartnerKind.PCC_OFFICE)));
        assertEquals(List.of("partner-manager", "partner-viewer", "evidence-officer", "auditor"),
                List.copyOf(RoleGrants.heldAt(PartnerKind.COUNCIL)));
        assertEquals(List.of("partner-manager", "partner-viewer", "hub-supervisor", "operator", "evidence-officer",
                "auditor"), List.copyOf(RoleGrants.heldAt(PartnerKind.OPERATOR)));
        assertEquals(List.of("partner-manager", "partner-viewer", "evidence-officer", "auditor"),
                List.copyOf(RoleGrants.heldAt(PartnerKind.POLICE_FORCE)));
        assertEquals(List.of("partner-manager", "partner-viewer", "auditor"),
                List.copyOf(RoleGrants.heldAt(PartnerKind.BUSINESS)));
        for (PartnerKind kind : PartnerKind.values()) {
            assertTrue(RoleGrants.ALL.containsAll(RoleGrants.heldAt(kind)), kind.name());
        }
    }

    @Test
    void noHubRolesAtACouncilAndNoPartnershipRolesBelowThePccOffice() {
        for (PartnerKind kind : List.of(PartnerKind.COUNCIL, PartnerKind.POLICE_FORCE, PartnerKind.BUSINESS)) {
            assertFalse(RoleGrants.heldAt(kind).contains("hub-supervisor"), kind.name());
            assertFalse(RoleGrants.heldAt(kind).contains("operator"), kind.name());
        }
        for (PartnerKind kind : PartnerKind.values()) {
            if (kind != PartnerKind.PCC_OFFICE) {
                assertFalse(RoleGrants.heldAt(kind).contains("partnership-admin"), kind.name());
                assertFalse(RoleGrants.heldAt(kind).contains("pcc-analyst"), kind.name());
            }
        }
    }

    @Test
    void nobodyGrantsARoleTheyCouldNotHold() {
        Set<String> manager = Set.of("partner-manager");
        assertFalse(RoleGrants.grantable(PartnerKind.PCC_OFFICE, manager).contains("partnership-admin"));
        assertFalse(RoleGrants.grantable(PartnerKind.PCC_OFFICE, manager).contains("pcc-analyst"));
        assertTrue(RoleGrants.grantable(PartnerKind.PCC_OFFICE, Set.of("partnership-admin"))
                .contains("partnership-admin"));
        assertEquals(RoleGrants.heldAt(PartnerKind.OPERATOR),
                RoleGrants.grantable(PartnerKind.OPERATOR, Set.of("partnership-admin")));
        assertFalse(RoleGrants.mayManage(PartnerKind.PCC_OFFICE, manager, List.of("partnership-admin")));
        assertTrue(RoleGrants.mayManage(PartnerKind.COUNCIL, manager, List.of("partner-viewer", "auditor")));
    }
}
