package org.cctvportal.partner;

import static org.cctvportal.platform.NativeRows.instant;
import static org.cctvportal.platform.NativeRows.localDate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;

/**
 * A partner's phases: the changes the partnership admin makes (with a reason and an effective date, through the
 * database's partner_change_phase, which keeps the timeline), the timeline itself, and the partnership's roll-out as
 * the PCC dashboard shows it. The moves allowed are the database's partner_phase_allowed, asked here, not repeated.
 */
@ApplicationScoped
@Transactional
public class PartnerPhases {

    /** One row of a partner's timeline; {@code from} is null for the row written at admission. */
    public record PhaseChange(PartnerStatus from, PartnerStatus to, LocalDate effective, String reason,
            String changedBy, Instant changedAt) {
    }

    /** How many of the partnership's partners are in a phase. */
    public record PhaseCount(PartnerStatus phase, long partners) {
    }

    /** When a partner of the partnership went live (its latest move to live). */
    public record GoLive(String partnerId, String partnerName, LocalDate live, PartnerStatus now) {
    }

    /** The partnership's roll-out: partners per phase (every phase, zero included) and go-live dates, earliest first. */
    public record RollOut(List<PhaseCount> phases, List<GoLive> goLives) {
    }

    @Inject
    PartnerService partners;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    PartnerStanding standing;

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @Inject
    Event<PartnerWithdrawn> withdrawn;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    /** The phases a partner may move to from where it stands (none for the caller's own PCC office). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerStatus> next(Partner partner) {
        if (partner.id.equals(tenant.partnerId())) {
            return List.of();
        }
        return Arrays.stream(PartnerStatus.values()).filter(to -> allowed(partner.status, to)).toList();
    }

    /** Moves a partner of the caller's partnership to another phase, as the signed-in partnership admin. */
    public PhaseChange change(String id, PhaseForm form) {
        Partner current = partners.inDirectory(id);
        FormErrors errors = new FormErrors();
        PhaseForm.Change change = form.check(today(), errors);
        if (change != null) {
            refuse(current, change, errors);
        }
        errors.throwIfAny();
        return apply(current, change, identity.isAnonymous() ? "system" : identity.getPrincipal().getName());
    }

    PhaseChange apply(Partner current, PhaseForm.Change change, String by) {
        Instant at = clock.instant();
        entityManager.createNativeQuery("select partner_change_phase(?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, current.id).setParameter(2, change.to().name()).setParameter(3, change.effective())
                .setParameter(4, change.reason()).setParameter(5, by)
                .setParameter(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).getSingleResult();
        audit.record("partner.phase-changed", "partner", current.id, current.name + " moved from "
                + current.status.label() + " to " + change.to().label() + " on " + org.cctvportal.platform.web.Formats.day(change.effective()) + ". Reason: "
                + change.reason(), FieldChange.between(Map.of("Phase", current.status.label()),
                        Map.of("Phase", change.to().label())));
        standing.forget(current.id);
        if (change.to() == PartnerStatus.WITHDRAWN) {
            withdrawn.fire(new PartnerWithdrawn(current.id, current.name, change.effective()));
        }
        return new PhaseChange(current.status, change.to(), change.effective(), change.reason(), by, at);
    }

    /** A partner's timeline, oldest first; another partnership's partner is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PhaseChange> timeline(String id) {
        partners.inDirectory(id);
        return crossPartner.read(CrossPartnerPath.PARTNER_DIRECTORY, () -> rows(entityManager.createNativeQuery(
                "select from_phase, to_phase, effective_date, reason, changed_by, changed_at"
                        + " from partner_phase_change where partner_id = ?1 order by effective_date, changed_at, id")
                .setParameter(1, id).getResultList()));
    }

    /** The caller's partnership's roll-out, for the PCC dashboard. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RollOut rollOut() {
        return crossPartner.read(CrossPartnerPath.PARTNER_DIRECTORY, () -> {
            Map<PartnerStatus, Long> counts = new EnumMap<>(PartnerStatus.class);
            Arrays.stream(PartnerStatus.values()).forEach(phase -> counts.put(phase, 0L));
            List<GoLive> goLives = new ArrayList<>();
            for (Object row : entityManager.createNativeQuery("select p.id, p.name, p.status, (select max(c"
                    + ".effective_date) from partner_phase_change c where c.partner_id = p.id and c.to_phase = 'LIVE')"
                    + " from partner p where p.partnership_id = ?1").setParameter(1, tenant.partnershipId())
                    .getResultList()) {
                Object[] r = (Object[]) row;
                PartnerStatus now = PartnerStatus.valueOf((String) r[2]);
                counts.merge(now, 1L, Long::sum);
                if (r[3] != null) {
                    goLives.add(new GoLive((String) r[0], (String) r[1], localDate(r[3]), now));
                }
            }
            goLives.sort(Comparator.comparing(GoLive::live).thenComparing(GoLive::partnerName));
            return new RollOut(counts.entrySet().stream().map(e -> new PhaseCount(e.getKey(), e.getValue()))
                    .toList(), List.copyOf(goLives));
        });
    }

    private void refuse(Partner current, PhaseForm.Change change, FormErrors errors) {
        if (current.id.equals(tenant.partnerId())) {
            errors.add("phase", "You cannot change the phase of your own partner, the partnership's PCC office");
        } else if (!allowed(current.status, change.to())) {
            List<String> next = next(current).stream().map(PartnerStatus::label).toList();
            errors.add("phase", current.name + " is " + current.status.label().toLowerCase() + " and cannot move to "
                    + change.to().label().toLowerCase() + (next.isEmpty() ? ": it has withdrawn for good"
                            : "; it can move to " + String.join(" or ", next).toLowerCase()));
        } else {
            LocalDate latest = timeline(current.id).stream().map(PhaseChange::effective)
                    .max(LocalDate::compareTo).orElse(null);
            if (latest != null && change.effective().isBefore(latest)) {
                errors.add("effective", "The change cannot take effect before the partner's last one, on "
                        + latest);
            }
        }
    }

    private boolean allowed(PartnerStatus from, PartnerStatus to) {
        return (Boolean) entityManager.createNativeQuery("select partner_phase_allowed(?1, ?2)")
                .setParameter(1, from.name()).setParameter(2, to.name()).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private static List<PhaseChange> rows(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new PhaseChange(
                r[0] == null ? null : PartnerStatus.valueOf((String) r[0]), PartnerStatus.valueOf((String) r[1]),
                localDate(r[2]), (String) r[3], (String) r[4], instant(r[5]))).toList();
    }
}
