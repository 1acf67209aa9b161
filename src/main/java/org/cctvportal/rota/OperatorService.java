package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;

/** The operators of the caller's partner: listed, found, locked for a change to their shifts, and added. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OperatorService {

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    public List<OperatorProfile> operators() {
        return OperatorProfile.byName();
    }

    public Optional<OperatorProfile> me(String username) {
        return OperatorProfile.ofUser(username);
    }

    OperatorProfile operator(long id) {
        OperatorProfile operator = OperatorProfile.findById(id);
        if (operator == null) {
            throw new NotFoundException("No such operator");
        }
        return operator;
    }

    /**
     * The operator's profile, its row locked to the end of the transaction: two changes to one operator's shifts are
     * checked one after the other, so together they cannot break a rule each keeps alone.
     */
    OperatorProfile lockedOperator(long id) {
        OperatorProfile operator = OperatorProfile.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null) {
            throw new NotFoundException("No such operator");
        }
        return operator;
    }

    @Transactional
    public OperatorProfile addOperator(OperatorProfile profile) {
        profile.partnerId = tenant.requirePartner();
        profile.persist();
        audit.record("operator.created", "OperatorProfile", profile.id.toString(), "Operator " + profile.fullName);
        return profile;
    }
}
