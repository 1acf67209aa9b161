package org.cctvportal.partner;

import static org.cctvportal.platform.NativeRows.localDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctvportal.platform.audit.AuditEvent;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;

/**
 * Partners of a partnership: the caller's own profile, the directory the PCC office keeps, and the one path that
 * changes what a partner is (name, kind, status, funding end), which only the partnership admin takes.
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    @Inject
    TenantContext tenant;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    AuditService audit;

    @Inject
    EntityManager entityManager;

    @Inject
    PartnerStanding standing;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner own() {
        Partner partner = Partner.findById(tenant.requirePartner());
        if (partner == null) {
            throw new NotFoundException("Your partner is not registered in the portal");
        }
        return partner;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partnership ownPartnership() {
        return Partnership.findById(tenant.partnershipId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partner> directory() {
        return crossPartner.read(CrossPartnerPath.PARTNER_DIRECTORY, Partner::listByName);
    }

    /** A partner of the caller's partnership; another partnership's partner is simply not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner inDirectory(String id) {
        Partner partner = crossPartner.read(CrossPartnerPath.PARTNER_DIRECTORY, () -> Partner.findById(id));
        if (partner == null) {
            throw new NotFoundException("No such partner");
        }
        return partner;
    }

    /** The changes the PCC office made to one partner, newest first (its own audit trail, so its own events). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(String id) {
        return audit.history("partner", id);
    }

    public Partner admit(PartnerForm.NewPartner admitted) {
        List<Partner> existing = directory();
        Set<String> taken = existing.stream().map(p -> p.id).collect(Collectors.toSet());
        if (existing.stream().anyMatch(p -> p.name.equalsIgnoreCase(admitted.name()))) {
            new FormErrors().add("name", "A partner called " + admitted.name() + " is already in this partnership")
                    .throwIfAny();
        }
        return admit(freeId(tenant.partnershipId(), admitted.name(), taken), admitted, clock.instant());
    }

    /**
     * Admits a partner with a chosen id from a chosen moment (the demo's fixed ids and admission dates), as the PCC
     * office the caller acts for; the database's partner_admit policy takes it from a PCC office alone.
     */
    Partner admit(String id, PartnerForm.NewPartner admitted, java.time.Instant admittedAt) {
        Partner partner = new Partner();
        partner.id = id;
        partner.partnershipId = tenant.partnershipId();
        partner.name = admitted.name();
        partner.kind = admitted.kind();
        partner.status = admitted.status();
        partner.icoRegistration = admitted.icoRegistration();
        partner.dpContactName = admitted.dpContactName();
        partner.dpContactEmail = admitted.dpContactEmail();
        partner.fundingEndDate = admitted.fundingEnd();
        // The admission's row of the timeline is dated by this (see partner_phase_admitted, V22).
        partner.updatedAt = admittedAt;
        partner.persist();
        audit.record("partner.admitted", "partner", partner.id,
                "Admitted " + partner.name + " (" + partner.kind.label() + ") to the partnership");
        return partner;
    }

    /** The caller's own profile: ICO registration and data-protection contact, never what the partner is. */
    public Partner updateOwn(ProfileForm.ProfileChange change) {
        Partner partner = own();
        Map<String, String> before = profile(partner);
        change.applyTo(partner);
        List<FieldChange> changes = FieldChange.between(before, profile(partner));
        if (!changes.isEmpty()) {
            partner.updatedAt = clock.instant();
            audit.record("partner.profile-updated", "partner", partner.id,
                    "Profile of " + partner.name + " changed", changes);
        }
        return partner;
    }

    /**
     * Changes what a partner of the caller's partnership is (its phase excepted: see {@link PartnerPhases}), with a
     * reason, through the database's one path for it
     * (partner_govern), and records each field before and after. The PCC office cannot change its own kind or
     * status: it would lock the partnership out of its own governance.
     */
    public void govern(String id, GovernanceForm.Change change) {
        Partner current = inDirectory(id);
        FormErrors errors = new FormErrors();
        refuseLockOut(current, change, errors);
        boolean nameTaken = directory().stream()
                .anyMatch(p -> !p.id.equals(id) && p.name.equalsIgnoreCase(change.name()));
        if (nameTaken) {
            errors.add("name", "A partner called " + change.name() + " is already in this partnership");
        }
        errors.throwIfAny();
        Object[] before = (Object[]) entityManager.createNativeQuery(
                "select before_name, before_kind, before_status, before_funding_end"
                        + " from partner_govern(?1, ?2, ?3, ?4, cast(nullif(?5, '') as date), ?6, ?7)")
                .setParameter(1, id).setParameter(2, change.name()).setParameter(3, change.kind().name())
                .setParameter(4, change.status().name())
                .setParameter(5, change.fundingEnd() == null ? "" : change.fundingEnd().toString())
                .setParameter(6, change.reason())
                .setParameter(7, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).getSingleResult();
        Map<String, String> was = identity(before[0].toString(), PartnerKind.valueOf(before[1].toString()),
                PartnerStatus.valueOf(before[2].toString()), localDate(before[3]));
        Map<String, String> now = identity(change.name(), change.kind(), change.status(), change.fundingEnd());
        audit.record("partner.governed", "partner", id,
                "Changed what " + before[0] + " is. Reason: " + change.reason(), FieldChange.between(was, now));
        standing.forget(id);
    }

    private void refuseLockOut(Partner current, GovernanceForm.Change change, FormErrors errors) {
        if (!current.id.equals(tenant.partnerId())) {
            if (change.status() != current.status) {
                errors.add("status", "A partner's phase is changed on its own form, with the date it takes effect"
                        + " (PUT /api/v1/partners/{id}/phase)");
            }
            return;
        }
        if (change.kind() != current.kind) {
            errors.add("kind", "You cannot change the kind of your own partner, the partnership's PCC office");
        }
        if (change.status() != current.status) {
            errors.add("status", "You cannot change the status of your own partner, the partnership's PCC office");
        }
    }

    static Map<String, String> identity(String name, PartnerKind kind, PartnerStatus status, LocalDate fundingEnd) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("Name", name);
        shown.put("Kind", kind.label());
        shown.put("Status", status.label());
        shown.put("Funding ends", fundingEnd == null ? null : fundingEnd.toString());
        return shown;
    }

    static Map<String, String> profile(Partner p) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("ICO registration", p.icoRegistration);
        shown.put("Data protection contact", p.dpContactName);
        shown.put("Data protection email", p.dpContactEmail);
        return shown;
    }

    /** Ids read well in tokens and logs: the partnership's id and the name, made into a slug. */
    static String freeId(String partnershipId, String name, Set<String> taken) {
        return free(partnershipId + "-" + slug(name), 56, taken);
    }

    /** A name made into lower-case words joined by hyphens, accents dropped. */
    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** {@code base} cut to {@code max} characters, with -2, -3... added while it is taken. */
    static String free(String base, int max, Set<String> taken) {
        String cut = base.substring(0, Math.min(base.length(), max)).replaceAll("-$", "");
        String id = cut;
        for (int n = 2; taken.contains(id); n++) {
            id = cut + "-" + n;
        }
        return id;
    }
}
