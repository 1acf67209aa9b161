package org.cctvportal.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.cctvportal.estate.EstateFigures;
import org.cctvportal.partner.Partner;
import org.cctvportal.partner.Partnership;
import org.cctvportal.partner.Partnerships;
import org.cctvportal.partner.Partnerships.AdminChange;
import org.cctvportal.people.PeopleFigures;
import org.cctvportal.people.PeopleService;
import org.cctvportal.people.PeopleUnavailable;
import org.cctvportal.people.PersonRef;
import org.cctvportal.people.PersonForm;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.ServiceOperatorWork;
import org.cctvportal.platform.web.FormErrors;

/**
 * The service operator's console: every partnership with its counts, opening one with its PCC office and first
 * admin, suspending and reopening it, and managing its partnership admins. All of it runs at the service scope
 * ({@link ServiceOperatorWork}); partnership writes go through the partner feature's {@link Partnerships}, people
 * through {@link PeopleService}, counts through each feature's published figures. Never footage, never a partner's
 * records.
 */
@ApplicationScoped
public class ServiceConsole {

    /** A partnership in the list: counts only, never a person or a record. */
    public record Row(Partnership partnership, String office, long partners, long people, long cameras) {
    }

    /** One partnership's page: its PCC office, its timeline and the office's admins. */
    public record Detail(Partnership partnership, Partner office, List<Partnerships.Change> timeline,
            List<PersonRef> admins) {
    }

    /** An opening: the new partnership, and its first admin's invitation (null when Keycloak was away). */
    public record Opened(String partnershipId, PeopleService.Invited invited) {
    }

    @Inject
    ServiceOperatorWork work;

    @Inject
    Partnerships partnerships;

    @Inject
    PeopleService people;

    @Inject
    PeopleFigures peopleFigures;

    @Inject
    EstateFigures estateFigures;

    @Inject
    Clock clock;

    public List<Row> partnerships() {
        return work.run(() -> tx(() -> {
            Map<String, Long> partners = partnerships.partnerCounts();
            Map<String, Long> persons = peopleFigures.perPartnership();
            Map<String, Long> cameras = estateFigures.camerasPerPartnership();
            return partnerships.all().stream().map(p -> new Row(p, officeName(p.id), partners.getOrDefault(p.id, 0L),
                    persons.getOrDefault(p.id, 0L), cameras.getOrDefault(p.id, 0L))).toList();
        }));
    }

    public Detail partnership(String id) {
        return work.run(() -> tx(() -> {
            Partnership partnership = partnerships.get(id);
            Partner office = partnerships.office(id);
            List<PersonRef> admins = people.people(office).stream().map(PersonRef::of)
                    .filter(p -> p.roles().contains(Roles.PARTNERSHIP_ADMIN)).toList();
            return new Detail(partnership, office, partnerships.timeline(id), admins);
        }));
    }

    /** Opens a partnership for the signed-in platform admin, after every check; bad input makes nothing. */
    public Opened open(OpenForm form) {
        return work.run(() -> {
            FormErrors errors = new FormErrors();
            OpenForm.Opening opening = form.check(errors);
            if (opening != null && tx(() -> partnerships.nameTaken(opening.name()))) {
                errors.add("name", "A partnership called " + opening.name() + " is already on the service");
            }
            errors.throwIfAny();
            String[] ids = tx(() -> partnerships.freeIds(opening.region()));
            people.refuseEmailInUse(opening.admin().address(), ids[1], ids[0], errors);
            errors.throwIfAny();
            return work.onPartnership(ids[1], () -> open(opening, ids[0], ids[1], clock.instant()));
        });
    }

    /**
     * Opens a checked partnership with chosen ids from {@code openedAt} and invites its first admin, in the scope
     * the caller entered (the console's, or the demo's unattended one). Keycloak away: the partnership is open and
     * its admin pending, finished from its page.
     */
    Opened open(OpenForm.Opening opening, String id, String officeId, Instant openedAt) {
        tx(() -> {
            partnerships.open(new Partnerships.Opening(id, opening.name(), opening.region(), officeId,
                    opening.officeName(), openedAt));
            return null;
        });
        PersonForm admin = opening.admin();
        admin.roles = List.of(Roles.PARTNERSHIP_ADMIN);
        return new Opened(id, invite(id, tx(() -> partnerships.office(id)), admin));
    }

    public void suspend(String id, ReasonForm form) {
        String reason = form.check("suspending");
        onPartnership(id, () -> tx(() -> {
            partnerships.suspend(id, reason);
            return null;
        }));
    }

    public void reopen(String id, ReasonForm form) {
        String reason = form.check("reopening");
        onPartnership(id, () -> tx(() -> {
            partnerships.reopen(id, reason);
            return null;
        }));
    }

    /** Invites another partnership admin to the partnership's PCC office. */
    public PeopleService.Invited invite(String id, PersonForm form) {
        form.roles = List.of(Roles.PARTNERSHIP_ADMIN);
        return onPartnership(id, () -> invite(id, tx(() -> partnerships.office(id)), form));
    }

    public PersonRef deactivate(String id, UUID person) {
        return onPartnership(id, () -> {
            PersonRef done = PersonRef.of(people.deactivate(admin(id, person).id()));
            record(id, AdminChange.ADMIN_DEACTIVATED, "Deactivated " + done.name() + " (" + done.email() + ")");
            return done;
        });
    }

    public PersonRef reactivate(String id, UUID person) {
        return onPartnership(id, () -> {
            PersonRef done = PersonRef.of(people.reactivate(admin(id, person).id()));
            record(id, AdminChange.ADMIN_REACTIVATED, "Reactivated " + done.name() + " (" + done.email() + ")");
            return done;
        });
    }

    public PeopleService.Invited resend(String id, UUID person) {
        return onPartnership(id, () -> {
            PeopleService.Invited invited = people.resend(admin(id, person).id());
            record(id, AdminChange.ADMIN_INVITATION_SENT, (invited.mailSent() ? "Invitation sent again to "
                    : "Invitation finished, e-mail not sent, for ") + PersonRef.of(invited.person()).email());
            return invited;
        });
    }

    private PeopleService.Invited invite(String id, Partner office, PersonForm form) {
        PeopleService.Invited invited;
        try {
            invited = people.invite(office, form);
        } catch (PeopleUnavailable e) {
            record(id, AdminChange.ADMIN_INVITED, "Invited " + form.address() + " as partnership admin;"
                    + " waiting for the sign-in service to finish the invitation");
            return null;
        }
        PersonRef person = PersonRef.of(invited.person());
        record(id, AdminChange.ADMIN_INVITED, (invited.adopted() ? "Recorded the existing account of "
                : "Invited ") + person.name() + " (" + person.email() + ") as partnership admin"
                + (invited.mailSent() || invited.adopted() ? "" : "; the e-mail was not sent"));
        return invited;
    }

    /** A partnership admin of the partnership's own PCC office; 404 for anyone else. */
    private PersonRef admin(String id, UUID person) {
        Partner office = tx(() -> partnerships.office(id));
        return tx(() -> people.people(office)).stream().map(PersonRef::of).filter(p -> p.id().equals(person))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such admin"));
    }

    private void record(String id, AdminChange change, String summary) {
        tx(() -> {
            partnerships.record(id, change, summary);
            return null;
        });
    }

    private String officeName(String partnershipId) {
        try {
            return partnerships.office(partnershipId).name;
        } catch (NotFoundException e) {
            return null;
        }
    }

    private <T> T onPartnership(String id, Supplier<T> work) {
        String office = this.work.run(() -> tx(() -> partnerships.office(id).id));
        return this.work.onPartnership(office, work);
    }

    private static <T> T tx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
