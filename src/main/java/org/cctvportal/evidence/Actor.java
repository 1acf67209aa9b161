package org.cctvportal.evidence;

import java.util.Set;
import org.cctvportal.platform.security.Roles;

/** Who acts on evidence: the signed-in user, their partner and roles (or a scheduled job for a partner). */
record Actor(String username, String partnerId, String partnershipId, Set<String> roles) {

    static final String MANAGER = Roles.PARTNER_MANAGER;
    static final String EVIDENCE_OFFICER = Roles.EVIDENCE_OFFICER;
    static final String OPERATOR = Roles.OPERATOR;
    static final String AUDITOR = Roles.AUDITOR;

    boolean has(String role) {
        return roles.contains(role);
    }

    /** The owning partner's staff who handle its evidence. */
    boolean handlesEvidence() {
        return has(MANAGER) || has(EVIDENCE_OFFICER);
    }
}
