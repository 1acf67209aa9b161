package org.cctvportal.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cctvportal.partner.Partner;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Invites, lists, changes, deactivates and reactivates the partners' people, keeping the portal's record and the
 * Keycloak account in step. Keycloak is outside the database's transaction, so each change is a sequence of short
 * transactions around the calls to it, in an order that a fault can interrupt anywhere: the record of a new person
 * is written (pending) before Keycloak is asked, and a retry looks the account up by e-mail and adopts it. There is
 * never a Keycloak account the portal has no record of, and a pending record says what is left to do.
 */
@ApplicationScoped
public class PeopleService {

    /**
     * The result of an invitation: the person, whether the e-mail reached the mail server, and whether an account
     * already set up for the same partner was adopted instead (then nothing is sent).
     */
    public record Invited(Person person, boolean mailSent, boolean adopted) {
    }

    /** The Keycloak account of an invitation, and whether its owner has already set a password. */
    private record Account(String id, boolean ready) {
    }

    @Inject
    PeopleAccess access;

    @Inject
    KeycloakPeople keycloak;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public List<Person> people(Partner partner) {
        return QuarkusTransaction.joiningExisting().call(() -> Person.ofPartner(partner.id));
    }

    public Invited invite(Partner partner, PersonForm form) {
        PersonForm.Invite invite = form.toInvite(access.grantable(partner), partner.name);
        Person person;
        try {
            person = QuarkusTransaction.requiringNew().call(() -> pendingRecord(partner, invite));
        } catch (ConstraintViolationException e) {
            // The address belongs to a person of a partner the caller cannot see.
            throw emailInUse(invite.email());
        }
        return finish(partner, person);
    }

    /**
     * Refuses, as a message on the e-mail field, an address whose Keycloak account belongs to another partner or
     * partnership than the one named: asked before a partnership is opened, so nothing is made for an invitation that
     * would fail. Keycloak away: no answer here; the invitation itself then waits for it.
     */
    public void refuseEmailInUse(String email, String partnerId, String partnershipId, FormErrors errors) {
        try {
            keycloak.byEmail(email).filter(user -> !partnerId.equals(user.attribute("partner"))
                    || !partnershipId.equals(user.attribute("partnership")))
                    .ifPresent(user -> errors.add("email", emailInUse(email).errors().get("email")));
        } catch (PeopleUnavailable e) {
            // The invitation after the opening finds out, and the page offers to finish it.
        }
    }

    /** Finishes a pending invitation (after Keycloak was away), or sends the invitation e-mail again. */
    public Invited resend(UUID id) {
        Person person = access.person(id);
        Partner partner = access.partner(person.partnerId);
        if (person.state == PersonState.DEACTIVATED) {
            throw new InvalidInputException(new FormErrors().add("person", person.name()
                    + " is deactivated: reactivate them before sending an invitation"));
        }
        return finish(partner, person);
    }

    public Person changeRoles(UUID id, PersonForm form) {
        Person person = access.manageable(id);
        Partner partner = access.partner(person.partnerId);
        List<String> roles = form.toRoles(access.grantable(partner), partner.name);
        if (person.keycloakId != null) {
            keycloak.setRoles(person.keycloakId, roles);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Person held = Person.findById(id);
            String before = String.join(", ", held.roles());
            held.roles(roles);
            held.updatedAt = clock.instant();
            audit.record("person.roles", "person", id.toString(), "Roles of " + held.email + " changed from "
                    + before + " to " + String.join(", ", roles));
            return held;
        });
    }

    /** Disables the account and ends its sessions, then marks the record: the person's next request is refused. */
    public Person deactivate(UUID id) {
        Person person = access.manageable(id);
        if (person.keycloakId != null) {
            keycloak.disable(person.keycloakId);
        }
        return mark(id, PersonState.DEACTIVATED, "person.deactivate", "Deactivated ");
    }

    public Person reactivate(UUID id) {
        Person person = access.manageable(id);
        if (person.state != PersonState.DEACTIVATED) {
            return person;
        }
        // The row is locked before the account is enabled, as the withdrawn accounts' disabler locks it before
        // disabling: the two never cross, so a reactivated person is never left with a disabled account.
        return QuarkusTransaction.requiringNew().call(() -> {
            Person held = Person.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (held.state != PersonState.DEACTIVATED) {
                return held;
            }
            if (held.keycloakId != null) {
                keycloak.enable(held.keycloakId);
            }
            return record(held, held.keycloakId == null ? PersonState.PENDING : PersonState.ACTIVE,
                    "person.reactivate", "Reactivated ");
        });
    }

    private Person pendingRecord(Partner partner, PersonForm.Invite invite) {
        Optional<Person> known = Person.byEmail(invite.email());
        if (known.isPresent() && (known.get().state != PersonState.PENDING
                || !known.get().partnerId.equals(partner.id))) {
            throw emailInUse(invite.email());
        }
        Person person = known.orElseGet(Person::new);
        if (person.id == null) {
            person.id = UUID.randomUUID();
            person.partnerId = partner.id;
            person.email = invite.email();
            person.createdAt = clock.instant();
        }
        person.firstName = invite.firstName();
        person.lastName = invite.lastName();
        person.roles(invite.roles());
        person.state = PersonState.PENDING;
        person.updatedAt = clock.instant();
        person.persistAndFlush();
        audit.record("person.invite", "person", person.id.toString(), "Invited " + person.email + " to "
                + partner.name + " as " + String.join(", ", invite.roles()));
        return person;
    }

    /** The Keycloak side of an invitation, from wherever a previous attempt stopped. */
    private Invited finish(Partner partner, Person person) {
        String keycloakId = person.keycloakId;
        if (keycloakId == null) {
            Account account = account(partner, person);
            keycloak.setRoles(account.id(), person.roles());
            Person held = QuarkusTransaction.requiringNew().call(() -> {
                Person found = Person.findById(person.id);
                found.keycloakId = account.id();
                found.state = account.ready() ? PersonState.ACTIVE : PersonState.INVITED;
                found.updatedAt = clock.instant();
                if (account.ready()) {
                    audit.record("person.adopted", "person", found.id.toString(), "Recorded the existing account of "
                            + found.email + " at " + partner.name + "; no invitation sent");
                }
                return found;
            });
            if (account.ready()) {
                return new Invited(held, false, true);
            }
            keycloakId = account.id();
        }
        boolean sent;
        try {
            keycloak.invite(keycloakId);
            sent = true;
        } catch (InvitationNotSent e) {
            sent = false;
        }
        boolean mailSent = sent;
        Person done = QuarkusTransaction.requiringNew().call(() -> {
            Person held = Person.findById(person.id);
            held.invitationSent = mailSent;
            if (mailSent) {
                held.invitedAt = clock.instant();
            }
            audit.record(mailSent ? "person.invitation-sent" : "person.invitation-not-sent", "person",
                    held.id.toString(), (mailSent ? "Invitation e-mail sent to " : "Invitation e-mail NOT sent to ")
                            + held.email);
            return held;
        });
        return new Invited(done, mailSent, false);
    }

    /**
     * The Keycloak account for a pending record: made now, or adopted when one already carries the same partner and
     * partnership (an interrupted attempt left it, or it was made with the realm, as the demo's people are). An
     * account of another partner or partnership is someone else's.
     */
    private Account account(Partner partner, Person person) {
        Optional<KeycloakAdmin.User> existing = keycloak.byEmail(person.email);
        if (existing.isPresent()) {
            KeycloakAdmin.User user = existing.get();
            if (!partner.id.equals(user.attribute("partner"))
                    || !partner.partnershipId.equals(user.attribute("partnership"))) {
                QuarkusTransaction.requiringNew().run(() -> Person.deleteById(person.id));
                throw emailInUse(person.email);
            }
            boolean unfinished = user.requiredActions() != null && user.requiredActions().contains("UPDATE_PASSWORD");
            return new Account(user.id(), !unfinished);
        }
        return new Account(keycloak.create(person, partner.partnershipId).orElseThrow(() -> {
            QuarkusTransaction.requiringNew().run(() -> Person.deleteById(person.id));
            return emailInUse(person.email);
        }), false);
    }

    private Person mark(UUID id, PersonState state, String action, String summary) {
        return QuarkusTransaction.requiringNew().call(() -> record(Person.findById(id), state, action, summary));
    }

    /** The person's new state, in the caller's transaction, and its audit event. */
    private Person record(Person held, PersonState state, String action, String summary) {
        held.state = state;
        if (state != PersonState.DEACTIVATED) {
            // Reactivated: an account still waiting to be disabled for a withdrawal is no longer to be.
            held.accountToDisable = false;
        }
        held.updatedAt = clock.instant();
        audit.record(action, "person", held.id.toString(), summary + held.email);
        return held;
    }

    private static InvalidInputException emailInUse(String email) {
        return new InvalidInputException(new FormErrors().add("email", email
                + " is already in use by another account: each person has one account, whatever their partner"));
    }
}
