package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.cctvportal.people.PersonDirectory;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/** The operators of the caller's partner: listed, found, locked for a change to their shifts, and added. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OperatorService {

    @Inject
    TenantContext tenant;

    @Inject
    PersonDirectory people;

    public List<OperatorProfile> operators() {
        return OperatorProfile.byName();
    }

    /** The signed-in person's profile: it follows their account, whatever their user name. */
    public Optional<OperatorProfile> me() {
        return people.person().flatMap(p -> OperatorProfile.ofPerson(p.id()));
    }

    /** The signed-in person's profile, or a refusal telling them to ask for one. */
    public OperatorProfile requireMe() {
        return me().orElseThrow(() -> new InvalidInputException(new FormErrors()
                .add("profile", "You have no operator profile yet. Ask your hub supervisor to add one.")));
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

    /** Stores a new profile for the caller's partner; its name, read from the person, is {@code name} until read. */
    @Transactional
    OperatorProfile addOperator(OperatorProfile profile, String name) {
        profile.partnerId = tenant.requirePartner();
        profile.persist();
        profile.fullName = name;
        return profile;
    }
}
