package org.cctvportal.partner;

import static org.cctvportal.platform.NativeRows.instant;
import static org.cctvportal.platform.NativeRows.longValue;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctvportal.platform.audit.AuditService;

/**
 * The partnerships themselves, as the service operator keeps them: the list, opening one with its PCC office,
 * suspending and reopening it with a reason, and its timeline. Every write goes through the database's owner's-rights
 * functions (partnership_open, partnership_set_status, partnership_record), which refuse outside the service scope
 * the caller enters through {@code ServiceOperatorWork}; this service assumes that scope and checks no role itself.
 */
@ApplicationScoped
@Transactional
public class Partnerships {

    /** What opening a partnership makes: the partnership, and its PCC office LIVE from {@code openedAt}. */
    public record Opening(String id, String name, String region, String officeId, String officeName,
            Instant openedAt) {
    }

    /** One row of a partnership's timeline. */
    public record Change(String action, String summary, String reason, String changedBy, Instant changedAt) {
    }

    /** The admins' changes a partnership's timeline records (the database's partnership_record takes these). */
    public enum AdminChange {
        ADMIN_INVITED, ADMIN_DEACTIVATED, ADMIN_REACTIVATED, ADMIN_INVITATION_SENT
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    PartnerStanding standing;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partnership> all() {
        return Partnership.listByName();
    }

    /** A partnership; 404 when there is none (or the caller's scope does not show it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Partnership get(String id) {
        Partnership partnership = Partnership.findById(id);
        if (partnership == null) {
            throw new NotFoundException("No such partnership");
        }
        return partnership;
    }

    /** The partnership's PCC office; 404 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner office(String partnershipId) {
        return Partner.<Partner>find("partnershipId = ?1 and kind = ?2", partnershipId, PartnerKind.PCC_OFFICE)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("No PCC office"));
    }

    /** A PCC office by its id, as the service operator manages its people; 404 for any other partner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner officeById(String partnerId) {
        Partner partner = partnerId == null ? null : Partner.findById(partnerId);
        if (partner == null || partner.kind != PartnerKind.PCC_OFFICE) {
            throw new NotFoundException("No such partner");
        }
        return partner;
    }

    /** How many partners each partnership has (the partner feature's count, never a row). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> partnerCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("select partnership_id, partners"
                + " from partner_counts_per_partnership()").getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], longValue(r[1]));
        }
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean nameTaken(String name) {
        return all().stream().anyMatch(p -> p.name.equalsIgnoreCase(name.strip()));
    }

    /** An id for a new partnership, from its region, and one for its PCC office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String[] freeIds(String region) {
        Set<String> taken = all().stream().map(p -> p.id).collect(Collectors.toSet());
        String id = PartnerService.free(PartnerService.slug(region), 48, taken);
        return new String[] { id, id + "-opcc" };
    }

    public void open(Opening opening) {
        entityManager.createNativeQuery("select partnership_open(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, opening.id()).setParameter(2, opening.name()).setParameter(3, opening.region())
                .setParameter(4, opening.officeId()).setParameter(5, opening.officeName())
                .setParameter(6, OffsetDateTime.ofInstant(opening.openedAt(), ZoneOffset.UTC))
                .setParameter(7, by()).setParameter(8, now()).getSingleResult();
        audit.record("partnership.opened", "partnership", opening.id(), "Opened the partnership " + opening.name()
                + " (" + opening.region() + ") with " + opening.officeName() + " as its PCC office");
    }

    public void suspend(String id, String reason) {
        setStatus(id, "SUSPENDED", reason, "Suspended the partnership ");
    }

    public void reopen(String id, String reason) {
        setStatus(id, "OPEN", reason, "Reopened the partnership ");
    }

    /** Records a change of the partnership's admins in its timeline (the PCC office's trail has the person's). */
    public void record(String id, AdminChange change, String summary) {
        entityManager.createNativeQuery("select partnership_record(?1, ?2, ?3, ?4, ?5)").setParameter(1, id)
                .setParameter(2, change.name()).setParameter(3, summary).setParameter(4, by())
                .setParameter(5, now()).getSingleResult();
    }

    /** The partnership's timeline, oldest first: the service operator's, or a member's of its own partnership. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Change> timeline(String id) {
        List<Object[]> rows = entityManager.createNativeQuery("select action, summary, reason, changed_by,"
                + " changed_at from partnership_change where partnership_id = ?1 order by changed_at, id")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Change((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]))).toList();
    }

    private void setStatus(String id, String to, String reason, String summary) {
        Partnership partnership = get(id);
        entityManager.createNativeQuery("select partnership_set_status(?1, ?2, ?3, ?4, ?5)").setParameter(1, id)
                .setParameter(2, to).setParameter(3, reason).setParameter(4, by()).setParameter(5, now())
                .getSingleResult();
        audit.record("partnership." + (to.equals("OPEN") ? "reopened" : "suspended"), "partnership", id,
                summary + partnership.name + ". Reason: " + reason);
        // Its people's standing changes at once on this instance (others within the standing cache's time).
        standing.forgetAll();
    }

    private String by() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
