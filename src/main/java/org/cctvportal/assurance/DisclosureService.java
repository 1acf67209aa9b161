package org.cctvportal.assurance;

import static org.cctvportal.platform.NativeRows.localDate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cctvportal.evidence.EvidenceEvents;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;

/**
 * The disclosure register and subject access requests. Every release of the partner's footage is read from the
 * evidence vault's own records, so it cannot be forgotten or entered twice: each share (recipient, date, reason) and
 * each download or export in the custody log (who, date, the reason they had to give). Subject access requests are
 * kept here on their one-month clock ({@link SarClock}).
 */
@ApplicationScoped
@Transactional
public class DisclosureService {

    @Inject
    EvidenceEvents events;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /** One release of footage. */
    public record Disclosure(Instant at, long itemId, String item, String kind, String recipient, String reason,
            String by) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    /**
     * The caller's partner's releases of its own footage, newest first. Read in the evidence vault's scope, where the
     * names of the partnership's partners (the recipients) are readable; only the partner's own items are listed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Disclosure> register(int limit) {
        return crossPartner.read(CrossPartnerPath.EVIDENCE_CUSTODY, () -> Stream.of(
                events.ownShares(limit).stream().map(s -> new Disclosure(s.sharedAt(), s.itemId(), s.item(),
                        "Shared until " + Formats.day(s.expiresAt().atZone(LondonTime.ZONE).toLocalDate()),
                        s.recipientName(),
                        s.reason(), s.sharedBy())),
                events.ownReleases(limit).stream().map(e -> new Disclosure(e.at(), e.itemId(), e.item(),
                        "EXPORTED".equals(e.action()) ? "Exported (bundle)" : "Downloaded", e.actorPartnerName(),
                        e.detail(), e.actor())),
                events.ownPackages(limit).stream().map(p -> new Disclosure(p.sentAt(), p.firstItemId(),
                        "Disclosure package " + p.reference() + " (" + Formats.plural((int) p.files(), "file", "files")
                                + ")", "Disclosure package for " + p.requestKind().toLowerCase() + " "
                                + p.requestReference(), p.recipient(), p.reason(), p.sentBy())))
                .flatMap(s -> s)
                .sorted(Comparator.comparing(Disclosure::at).reversed()).limit(limit).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubjectAccessRequest> requests() {
        return SubjectAccessRequest.newestFirst();
    }

    /** Records a subject access request received on a London date; its due date follows. */
    public SubjectAccessRequest receive(AssuranceForms.RequestForm form) {
        FormErrors errors = new FormErrors();
        String reference = FormFields.text(form.reference());
        String requester = FormFields.text(form.requester());
        if (reference.isEmpty()) {
            errors.add("reference", "Enter the request's reference");
        } else if (reference.length() > 40) {
            errors.add("reference", "The reference must be 40 characters or fewer");
        } else if (SubjectAccessRequest.count("lower(reference) = ?1", reference.toLowerCase()) > 0) {
            errors.add("reference", "A request with the reference " + reference + " is already recorded");
        }
        if (requester.isEmpty()) {
            errors.add("requester", "Enter who made the request");
        } else if (requester.length() > 200) {
            errors.add("requester", "The requester must be 200 characters or fewer");
        }
        LocalDate received = form.received(errors);
        if (received != null && received.isAfter(today())) {
            errors.add("received", "The date the request was received cannot be in the future");
        }
        errors.throwIfAny();
        SubjectAccessRequest sar = new SubjectAccessRequest();
        sar.reference = reference;
        sar.requester = requester;
        sar.receivedOn = received;
        sar.dueOn = SarClock.due(received);
        sar.status = SubjectAccessRequest.Status.OPEN;
        sar.createdBy = identity.getPrincipal().getName();
        sar.createdAt = clock.instant();
        sar.persist();
        audit.record("sar.received", "subject-access-request", sar.reference, "Recorded subject access request "
                + sar.reference + " received on " + Formats.day(received) + ", due " + Formats.day(sar.dueOn));
        return sar;
    }

    /** Extends an open request's clock by up to two further months, with a reason. */
    public SubjectAccessRequest extend(long id, AssuranceForms.ExtensionForm form) {
        SubjectAccessRequest sar = find(id);
        FormErrors errors = new FormErrors();
        LocalDate until = form.until(errors);
        String reason = FormFields.text(form.reason());
        if (sar.status != SubjectAccessRequest.Status.OPEN) {
            errors.add("until", "Only an open request can be extended");
        }
        if (until != null && !until.isAfter(sar.dueOn)) {
            errors.add("until", "The extension must run past the due date, " + sar.dueOn);
        }
        if (until != null && until.isAfter(sar.latestExtension())) {
            errors.add("until", "A request can be extended by two further months at most, to " + sar.latestExtension());
        }
        if (reason.isEmpty()) {
            errors.add("reason", "Enter why more time is needed, such as the number or complexity of requests");
        } else if (reason.length() > 1000) {
            errors.add("reason", "The reason must be 1000 characters or fewer");
        }
        errors.throwIfAny();
        sar.extendedTo = until;
        sar.extensionReason = reason;
        audit.record("sar.extended", "subject-access-request", sar.reference, "Extended subject access request "
                + sar.reference + " to " + Formats.day(until) + ": " + reason);
        return sar;
    }

    /** Closes an open request as responded or withdrawn, today. */
    public SubjectAccessRequest close(long id, String outcome) {
        SubjectAccessRequest sar = find(id);
        FormErrors errors = new FormErrors();
        SubjectAccessRequest.Status status = "RESPONDED".equals(outcome) ? SubjectAccessRequest.Status.RESPONDED
                : "WITHDRAWN".equals(outcome) ? SubjectAccessRequest.Status.WITHDRAWN : null;
        if (status == null) {
            errors.add("outcome", "Select whether the request was responded to or withdrawn");
        }
        if (sar.status != SubjectAccessRequest.Status.OPEN) {
            errors.add("outcome", "The request is already " + sar.status.label().toLowerCase());
        }
        errors.throwIfAny();
        sar.status = status;
        sar.closedOn = today();
        audit.record("sar.closed", "subject-access-request", sar.reference, "Closed subject access request "
                + sar.reference + " as " + status.label().toLowerCase() + (sar.overdueOn(sar.closedOn) ? " (late)" : ""));
        return sar;
    }

    /** Open requests past their deadline across the partnership: reference, partner and dates only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<OverdueRequest> overdueInPartnership() {
        LocalDate today = today();
        return crossPartner.read(CrossPartnerPath.ASSURANCE_REGISTERS, () -> ((List<Object[]>) entityManager
                .createNativeQuery("select p.name, r.reference, r.received_on, coalesce(r.extended_to, r.due_on)"
                        + " from subject_access_request r join partner p on p.id = r.partner_id"
                        + " where p.partnership_id = ?2 and r.status = 'OPEN'"
                        + " and coalesce(r.extended_to, r.due_on) < ?1"
                        + " order by coalesce(r.extended_to, r.due_on), p.name")
                .setParameter(1, java.sql.Date.valueOf(today)).setParameter(2, tenant.partnershipId())
                .getResultList()).stream()
                .map(r -> new OverdueRequest((String) r[0], (String) r[1], localDate(r[2]), localDate(r[3])))
                .toList());
    }

    public record OverdueRequest(String partnerName, String reference, LocalDate receivedOn, LocalDate deadline) {
    }

    /** One of the partner's requests; any other is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubjectAccessRequest request(long id) {
        return find(id);
    }

    private static SubjectAccessRequest find(long id) {
        SubjectAccessRequest sar = SubjectAccessRequest.findById(id);
        if (sar == null) {
            throw new NotFoundException("No such request");
        }
        return sar;
    }
}
