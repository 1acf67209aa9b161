package org.cctvportal.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cctvportal.partner.Partner;
import org.cctvportal.partner.PartnerService;
import org.cctvportal.partner.Partnerships;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.tenancy.TenantScope;
import org.cctvportal.platform.web.RefusedException;

/**
 * Whose people the caller manages: a partner manager their own partner's, a partnership admin those of every partner
 * of the partnership. Another partner (or another partnership's) is not found, as everywhere in the portal; a person
 * holding a role the caller could not grant is refused. At the service scope (the service operator's console, entered
 * only by a platform admin or the demo's seeding) the grantor is the service itself, and the partners are the PCC
 * offices, which are all row-level security shows there.
 */
@RequestScoped
public class PeopleAccess {

    @Inject
    PartnerService partners;

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @Inject
    Partnerships partnerships;

    /** The partner named (the caller's own when none is), if the caller manages its people; 404 otherwise. */
    public Partner partner(String requested) {
        if (tenant.scope() == TenantScope.SERVICE) {
            return partnerships.officeById(requested);
        }
        String own = tenant.requirePartner();
        if (requested == null || requested.isBlank() || requested.equals(own)) {
            return partners.own();
        }
        if (!identity.hasRole(Roles.PARTNERSHIP_ADMIN)) {
            throw new NotFoundException("No such partner");
        }
        return partners.inDirectory(requested);
    }

    /** The partners the caller may choose between: the partnership's for its admin, else their own. */
    public List<Partner> choosable() {
        return identity.hasRole(Roles.PARTNERSHIP_ADMIN) ? partners.directory() : List.of(partners.own());
    }

    /** The roles the caller may give a person of {@code partner}. */
    public Set<String> grantable(Partner partner) {
        return RoleGrants.grantable(partner.kind, grantorRoles());
    }

    /** Whether the caller may change {@code person} of {@code partner}: every role they hold is one it could grant. */
    public boolean mayManage(Partner partner, Person person) {
        return RoleGrants.mayManage(partner.kind, grantorRoles(), person.roles());
    }

    private Set<String> grantorRoles() {
        return tenant.scope() == TenantScope.SERVICE ? Set.of(Roles.PLATFORM_ADMIN) : identity.getRoles();
    }

    /** A person of a partner whose people the caller manages; 404 otherwise. */
    public Person person(UUID id) {
        Person person = QuarkusTransaction.joiningExisting().call(() -> Person.<Person>findById(id));
        if (person == null) {
            throw new NotFoundException("No such person");
        }
        partner(person.partnerId);
        return person;
    }

    /** A person the caller may change: found, and holding no role the caller could not grant. */
    public Person manageable(UUID id) {
        Person person = person(id);
        if (!mayManage(partner(person.partnerId), person)) {
            throw new RefusedException("You cannot change this person",
                    person.name() + " holds a role you could not give, so only a partnership admin can change them.");
        }
        return person;
    }
}
