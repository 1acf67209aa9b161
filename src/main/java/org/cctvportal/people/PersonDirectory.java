package org.cctvportal.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.DisplayNames;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The people feature's reads for other features: the people of the caller's own partner, one of them, and the
 * signed-in person (by their account, the token's subject). A person's name for a list of rows is the database
 * function {@code person_name(uuid)}, which reads under the caller's row-level security as these do.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonDirectory implements DisplayNames {

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Inject
    SignedInPerson checked;

    /** The caller's partner's people whose account is not deactivated, by last name. */
    public List<PersonRef> ofMyPartner() {
        return Person.ofPartner(tenant.requirePartner()).stream().filter(p -> p.state != PersonState.DEACTIVATED)
                .map(PersonRef::of).toList();
    }

    /** One of the caller's partner's people, whatever their state. */
    public Optional<PersonRef> ofMyPartner(UUID id) {
        Person person = id == null ? null : Person.findById(id);
        return person == null || !person.partnerId.equals(tenant.requirePartner()) ? Optional.empty()
                : Optional.of(PersonRef.of(person));
    }

    /**
     * The people holding {@code role} in {@code partner}, a partner of the caller's partnership, or in every partner
     * of it when {@code partner} is null; never deactivated people, never another partnership's (the database's
     * {@code person_holding_role} checks). Who a notification reaches.
     */
    public List<PersonRef> holding(String partner, String role) {
        List<?> rows = entityManager.createNativeQuery("select id, partner_id, email, first_name, last_name, state"
                + " from person_holding_role(cast(?1 as varchar), ?2)").setParameter(1, partner).setParameter(2, role)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new PersonRef((UUID) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], List.of(role), PersonState.valueOf((String) r[5]), true))
                .toList();
    }

    /** The person of an account (its subject in the token), at the caller's partner; empty when none is known. */
    public Optional<PersonRef> byAccount(String account) {
        return account == null ? Optional.empty()
                : Person.<Person>find("keycloakId", account).firstResultOptional().map(PersonRef::of);
    }

    /** The signed-in person's name, as the page header shows it. */
    @Override
    public Optional<String> signedIn() {
        if (!tenant.hasPartner()) {
            return Optional.empty();
        }
        Optional<PersonRef> read = checked.asRead();
        if (read.isPresent()) {
            return read.map(PersonRef::name);
        }
        try {
            return person().map(PersonRef::name);
        } catch (RuntimeException e) {
            // The header of an error page (the database away) still renders: with the account's own name.
            return Optional.empty();
        }
    }

    /**
     * The signed-in person's id: as this request's check of their standing read it, or found by their account; empty
     * for an account the portal holds no record of.
     */
    public Optional<UUID> signedInId() {
        Optional<PersonRef> read = checked.asRead();
        return read.isPresent() ? read.map(PersonRef::id) : person().map(PersonRef::id);
    }

    /** The signed-in person, found by their account; empty for an account the portal holds no record of. */
    public Optional<PersonRef> person() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null) {
            return Optional.empty();
        }
        return Person.<Person>find("keycloakId", jwt.getSubject()).firstResultOptional().map(PersonRef::of);
    }
}
