package org.cctvportal.evidence;

import java.util.Set;

/** Who acts on evidence: the signed-in user, their partner and roles (or a scheduled job for a partner). */
record Actor(String username, String partnerId, String partnershipId, Set<String> roles) {

    static final String MANAGER = "partner-manager";
    static final String EVIDENCE_OFFICER = "evidence-officer";
    static final String OPERATOR = "operator";
    static final String AUDITOR = "auditor";

    boolean has(String role) {
        return roles.contains(role);
    }

    /** The owning partner's staff who handle its evidence. */
    boolean handlesEvidence() {
        return has(MANAGER) || has(EVIDENCE_OFFICER);
    }
}
