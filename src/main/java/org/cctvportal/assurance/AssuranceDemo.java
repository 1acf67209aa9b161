package org.cctvportal.assurance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.estate.SiteRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * The Thames Valley partnership's assurance records on the local stack: the switch-off notices its demo estate and
 * funding dates call for (one acknowledged by the PCC office), the four councils' code-of-practice self-assessments,
 * Oxford's and Cherwell's DPIAs (one review overdue) and Oxford's subject access requests (one overdue, one
 * extended, one answered). Dates follow today's. Idempotent: each part is skipped where records exist.
 */
@ApplicationScoped
public class AssuranceDemo implements DemoSeed {

    static final String PARTNERSHIP = "thames-valley";
    static final String OXFORD = "tv-oxford-city";
    private static final Logger LOG = Logger.getLogger(AssuranceDemo.class);

    /** Each council's statuses for principles 1 to 12 (M met, P partly met, N not met, - not assessed). */
    static final Map<String, String> ASSESSMENTS = Map.of(
            OXFORD, "MMMMMPMMPMMM",
            "tv-cherwell", "MMPMPPMPNMP-",
            "tv-milton-keynes", "MMMMMMMMMMMM",
            "tv-slough", "MPPMN-PN-P--");

    static final Map<Integer, String> EVIDENCE = Map.ofEntries(
            Map.entry(1, "Operational requirement for each site, reviewed by the CCTV board"),
            Map.entry(2, "Privacy impact reviewed in each site's DPIA; annual review of camera locations"),
            Map.entry(3, "CCTV policy and contact point published on the council website; signage at every site"),
            Map.entry(4, "Senior responsible officer named; roles in the CCTV operating procedures"),
            Map.entry(5, "Operating procedures issued to control-room staff and signed for"),
            Map.entry(6, "31-day retention set on recorders; evidential footage held in the portal's vault"),
            Map.entry(7, "Disclosure register kept in the portal; releases approved by the information governance team"),
            Map.entry(8, "Control-room operators hold SIA licences; BS EN 62676 for new installations"),
            Map.entry(9, "Recorders on the partnership network; flagged kit isolated per the compliance plan"),
            Map.entry(10, "Annual review by internal audit; report to scrutiny committee"),
            Map.entry(11, "Exports in native format with hashes; working copies verified"),
            Map.entry(12, "No automatic number plate or face matching in use"));

    @Inject
    UnattendedWork unattended;

    @Inject
    CameraDirectory directory;

    @Inject
    NoticeTriggers triggers;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "assurance";
    }

    @Override
    public Set<String> after() {
        return Set.of("estate", "evidence", "monitoring");
    }

    @Override
    public void seed() {
        try {
            LOG.info(triggers.raiseAll());
            List<?> oxfordNotices = unattended.forPartner(OXFORD, PARTNERSHIP, () -> entityManager
                    .createNativeQuery("select id from switch_off_notice"
                            + " where kind = 'DECOMMISSIONED' order by raised_at, id limit 1").getResultList());
            if (!oxfordNotices.isEmpty()) {
                long notice = ((Number) oxfordNotices.get(0)).longValue();
                unattended.forPartner("tv-opcc", PARTNERSHIP, () -> acknowledge(notice));
            }
            ASSESSMENTS.forEach((partner, statuses) -> unattended.forPartner(partner, PARTNERSHIP,
                    () -> assess(statuses)));
            unattended.forPartner(OXFORD, PARTNERSHIP, this::oxford);
            unattended.forPartner("tv-cherwell", PARTNERSHIP, this::cherwell);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Demo assurance records not seeded");
        }
    }

    /** The PCC office has acknowledged Oxford's oldest decommissioning notice. */
    private Object acknowledge(long notice) {
        if (Acknowledgement.count() > 0) {
            return null;
        }
        Acknowledgement ack = new Acknowledgement();
        ack.noticeId = notice;
        ack.note = "Discussed with Oxford's CCTV manager: the camera is replaced under the capital plan next year;"
                + " coverage of the area is kept by the neighbouring cameras meanwhile.";
        ack.acknowledgedBy = "opcc.admin";
        ack.acknowledgedAt = clock.instant();
        ack.persist();
        return null;
    }

    private Object assess(String statuses) {
        if (CopAssessment.count() > 0) {
            return null;
        }
        LocalDate today = today();
        for (int i = 0; i < statuses.length(); i++) {
            char c = statuses.charAt(i);
            if (c == '-') {
                continue;
            }
            CopAssessment a = new CopAssessment();
            a.principle = (short) (i + 1);
            a.status = c == 'M' ? CopStatus.MET : c == 'P' ? CopStatus.PARTLY_MET : CopStatus.NOT_MET;
            a.evidence = EVIDENCE.get(i + 1) + (c == 'M' ? "" : c == 'P' ? "; gaps noted in the action plan"
                    : "; not yet in place, action plan agreed");
            a.reviewDate = today.plusMonths(3 + i % 9);
            a.updatedBy = "demo";
            a.updatedAt = clock.instant();
            a.persist();
        }
        return null;
    }

    private Object oxford() {
        if (Dpia.count() == 0) {
            LocalDate today = today();
            dpia("OXF-DPIA-01", "Town centre public space CCTV", "Cornmarket Street", Dpia.Status.APPROVED,
                    today.minusMonths(10), today.plusMonths(2), "OXF-0001", "OXF-0002", "OXF-0003");
            dpia("OXF-DPIA-02", "Westgate car park CCTV", "Westgate car park", Dpia.Status.APPROVED,
                    today.minusMonths(13), today.minusDays(12), "OXF-0040");
            dpia("OXF-DPIA-03", "Body-worn video for civil enforcement officers", null, Dpia.Status.DRAFT, null,
                    today.plusDays(20));
        }
        if (SubjectAccessRequest.count() == 0) {
            LocalDate today = today();
            sar("SAR-2026-041", "Ms J. Patel", today.minusDays(18), null, null, null);
            sar("SAR-2026-037", "Mr D. Okafor", today.minusMonths(1).minusDays(6), null, null, null);
            sar("SAR-2026-033", "Mrs A. Nowak", today.minusMonths(1).minusDays(10), today.plusDays(20),
                    "Footage from six cameras with many people to redact", null);
            sar("SAR-2026-029", "Mr S. Clarke", today.minusMonths(2), null, null, today.minusMonths(1).minusDays(3));
        }
        return null;
    }

    private Object cherwell() {
        if (Dpia.count() == 0) {
            LocalDate today = today();
            dpia("CHE-DPIA-01", "Banbury town centre CCTV", null, Dpia.Status.APPROVED, today.minusMonths(14),
                    today.minusMonths(2));
        }
        return null;
    }

    private void dpia(String reference, String title, String site, Dpia.Status status, LocalDate approved,
            LocalDate review, String... cameras) {
        Dpia d = new Dpia();
        d.reference = reference;
        d.title = title;
        d.siteId = site == null ? null : directory.siteNamed(site).map(SiteRef::id).orElse(null);
        d.status = status;
        d.approvedOn = approved;
        d.reviewDue = review;
        d.owner = "Information Governance Team";
        d.updatedBy = "demo";
        d.updatedAt = clock.instant();
        d.persist();
        entityManager.flush();
        for (CameraRef camera : directory.ownByTags(List.of(cameras)).cameras()) {
            entityManager.createNativeQuery("insert into dpia_camera (dpia_id, partner_id, camera_id)"
                    + " values (?1, ?2, ?3)").setParameter(1, d.id).setParameter(2, d.partnerId)
                    .setParameter(3, camera.id()).executeUpdate();
        }
    }

    private void sar(String reference, String requester, LocalDate received, LocalDate extendedTo, String reason,
            LocalDate closed) {
        SubjectAccessRequest r = new SubjectAccessRequest();
        r.reference = reference;
        r.requester = requester;
        r.receivedOn = received;
        r.dueOn = SarClock.due(received);
        r.extendedTo = extendedTo;
        r.extensionReason = reason;
        r.status = closed == null ? SubjectAccessRequest.Status.OPEN : SubjectAccessRequest.Status.RESPONDED;
        r.closedOn = closed;
        r.createdBy = "demo";
        r.createdAt = clock.instant();
        r.persist();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }
}
