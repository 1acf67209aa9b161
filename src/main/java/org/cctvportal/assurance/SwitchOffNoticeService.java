package org.cctvportal.assurance;

import static org.cctvportal.platform.NativeRows.instant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;
import jakarta.ws.rs.NotFoundException;

/**
 * Switch-off governance. Notices are raised by the database function {@code raise_switch_off_notices} for the
 * caller's own partner, in the transaction of the change that calls for one (a decommissioning, a cancelled booking)
 * and by the scheduled job for what only time reveals (a camera offline too long, funding ending). The PCC office
 * reads them through {@link CrossPartnerPath#SWITCH_OFF_NOTICES} and acknowledges them with a note.
 */
@ApplicationScoped
@Transactional
public class SwitchOffNoticeService {

    static final int NOTE_MAX = 2000;
    static final int LIMIT = 500;

    @Inject
    CameraDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    AssuranceConfig config;

    @Inject
    jakarta.enterprise.event.Event<SwitchOffNoticesRaised> raisedNotices;

    @Inject
    Clock clock;

    /** One notice as the PCC office sees it. */
    public record Row(long id, String partnerId, String partnerName, NoticeKind kind, String summary,
            Instant raisedAt, long cameras, String acknowledgedBy, Instant acknowledgedAt, String note) {
        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /** A camera a notice is about, with where it is (for the map) and when it joined the notice. */
    public record NoticeCamera(long id, String assetTag, String site, String status, Double latitude,
            Double longitude, Instant addedAt) {
        public String statusLabel() {
            return AssurancePages.label(status);
        }

        public boolean located() {
            return latitude != null && longitude != null;
        }
    }

    public record Detail(Row row, List<NoticeCamera> cameras) {
    }

    /** Raises the caller's partner's missing notices in the caller's transaction; answers how many. */
    public int raiseForCaller() {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        Object raised = entityManager.createNativeQuery("select raise_switch_off_notices(?1, ?2,"
                + " make_interval(secs => ?3), ?4)")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, Date.valueOf(today))
                .setParameter(3, (double) config.offlineNoticeAfter().toSeconds())
                .setParameter(4, config.fundingNoticeDays()).getSingleResult();
        return told(tenant.requirePartner(), ((Number) raised).intValue());
    }

    /**
     * Raises the notice of a partner's withdrawal, in the transaction of the PCC office's change (the notice belongs to
     * the withdrawn partner, so the database's owner's-rights function writes it); raising it again raises nothing.
     */
    public int raiseForWithdrawal(String partnerId, LocalDate effective) {
        Object raised = entityManager.createNativeQuery("select raise_withdrawal_notice(?1, ?2, ?3)")
                .setParameter(1, partnerId).setParameter(2, Date.valueOf(effective))
                .setParameter(3, Timestamp.from(clock.instant())).getSingleResult();
        return told(partnerId, ((Number) raised).intValue());
    }

    /**
     * Raises the notice that a hub stops watching a partner, in the transaction of the hub operator's change (the
     * notice belongs to the partner, so the database's owner's-rights function writes it, for the hub's operator
     * only); raising it again for the same day raises nothing.
     */
    public int raiseForHubService(long hubId, String partnerId, String summary, LocalDate from) {
        Object raised = entityManager.createNativeQuery("select raise_hub_service_notice(?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, hubId).setParameter(2, partnerId)
                .setParameter(3, summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary)
                .setParameter(4, from.toString()).setParameter(5, Timestamp.from(clock.instant())).getSingleResult();
        return told(partnerId, ((Number) raised).intValue());
    }

    /** Tells whoever listens (notifications) that notices were raised for a partner; answers how many. */
    private int told(String partnerId, int raised) {
        if (raised > 0) {
            raisedNotices.fire(new SwitchOffNoticesRaised(partnerId, raised));
        }
        return raised;
    }

    /** The partnership's notices, open ones first, then the newest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> partnership(int limit) {
        return crossPartner.read(CrossPartnerPath.SWITCH_OFF_NOTICES, () -> rows("", limit, null));
    }

    /** How many notices wait for the PCC office, and the newest of them. */
    public record Open(long count, List<Row> newest) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Open open(int newest) {
        return crossPartner.read(CrossPartnerPath.SWITCH_OFF_NOTICES, () -> new Open(((Number) entityManager
                .createNativeQuery("select count(*) from switch_off_notice n join partner p on p.id = n.partner_id"
                        + " where p.partnership_id = ?1 and not exists (select 1 from switch_off_acknowledgement a"
                        + " where a.notice_id = n.id)").setParameter(1, tenant.partnershipId()).getSingleResult())
                .longValue(), rows("and a.notice_id is null", newest, null)));
    }

    /** One notice of the partnership with its cameras; another partnership's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Detail detail(long id) {
        return crossPartner.read(CrossPartnerPath.SWITCH_OFF_NOTICES, () -> {
            List<Row> rows = rows("and n.id = ?3", 1, id);
            if (rows.isEmpty()) {
                throw new NotFoundException("No such notice");
            }
            return new Detail(rows.get(0), cameras(id));
        });
    }

    /** The PCC office acknowledges a notice with a note; a second acknowledgement is refused. */
    public Acknowledgement acknowledge(long id, String note) {
        Detail detail = detail(id);
        FormErrors errors = new FormErrors();
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            errors.add("note", "Enter a note saying what the PCC office will do about this notice");
        } else if (text.length() > NOTE_MAX) {
            errors.add("note", "The note must be " + NOTE_MAX + " characters or fewer");
        }
        if (detail.row().acknowledged()) {
            errors.add("note", "This notice was already acknowledged by " + detail.row().acknowledgedBy());
        }
        errors.throwIfAny();
        Acknowledgement ack = new Acknowledgement();
        ack.noticeId = id;
        ack.note = text;
        ack.acknowledgedBy = identity.getPrincipal().getName();
        ack.acknowledgedAt = clock.instant();
        ack.persist();
        audit.record("switch-off.acknowledged", "switch-off-notice", Long.toString(id), "Acknowledged the notice \""
                + detail.row().summary() + "\" of " + detail.row().partnerName() + ": " + text);
        return ack;
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String and, int limit, Long id) {
        // Row-level security bounds the notices to the partnership; the partnership is also given as a bound value
        // so that PostgreSQL reads its partners' notices by index rather than weighing the country's.
        var query = entityManager.createNativeQuery("select n.id, n.partner_id, p.name, n.kind, n.summary,"
                + " n.raised_at, (select count(distinct c.camera_id) from switch_off_notice_camera c"
                + " where c.notice_id = n.id), a.acknowledged_by, a.acknowledged_at, a.note"
                + " from switch_off_notice n join partner p on p.id = n.partner_id"
                + " left join switch_off_acknowledgement a on a.notice_id = n.id where p.partnership_id = ?2 " + and
                + " order by (a.notice_id is null) desc, n.raised_at desc, n.id desc limit ?1")
                .setParameter(1, limit).setParameter(2, tenant.partnershipId());
        if (id != null) {
            query.setParameter(3, id);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Row(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], NoticeKind.valueOf((String) r[3]), (String) r[4], instant(r[5]),
                ((Number) r[6]).longValue(), (String) r[7], instant(r[8]), (String) r[9])).toList();
    }

    /** The notice's cameras, each with when it first joined the notice, by camera id; their details from the estate. */
    @SuppressWarnings("unchecked")
    private List<NoticeCamera> cameras(long id) {
        Map<Long, Instant> added = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("select camera_id, min(added_at)"
                + " from switch_off_notice_camera where notice_id = ?1 group by camera_id order by camera_id")
                .setParameter(1, id).getResultList()) {
            added.put(((Number) r[0]).longValue(), instant(r[1]));
        }
        Map<Long, CameraRef> cameras = directory.byIds(added.keySet()).stream()
                .collect(Collectors.toMap(CameraRef::id, c -> c));
        return added.entrySet().stream().filter(e -> cameras.containsKey(e.getKey())).map(e -> {
            CameraRef c = cameras.get(e.getKey());
            return new NoticeCamera(c.id(), c.assetTag(), c.siteName(), c.status().name(), c.latitude(),
                    c.longitude(), e.getValue());
        }).toList();
    }
}
