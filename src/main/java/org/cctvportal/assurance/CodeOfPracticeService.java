package org.cctvportal.assurance;

import static org.cctvportal.platform.NativeRows.localDate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.LondonTime;

/** The Surveillance Camera Code of Practice self-assessment: a partner's own 12 lines, and the partnership's view. */
@ApplicationScoped
@Transactional
public class CodeOfPracticeService {

    static final int EVIDENCE_MAX = 4000;

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
    AssuranceConfig config;

    @Inject
    Clock clock;

    /** One principle with the partner's assessment of it (NOT_ASSESSED when there is none). */
    public record Line(Principle principle, CopStatus status, String evidence, LocalDate reviewDate,
            String updatedBy, boolean reviewOverdue) {
    }

    /** One partner's counts by status, for the PCC office. */
    public record PartnerSummary(String partnerId, String partnerName, Map<CopStatus, Integer> counts,
            int reviewsOverdue, LocalDate nextReview) {
        public int count(CopStatus status) {
            return counts.getOrDefault(status, 0);
        }

        public int met() {
            return count(CopStatus.MET);
        }

        public int partlyMet() {
            return count(CopStatus.PARTLY_MET);
        }

        public int notMet() {
            return count(CopStatus.NOT_MET);
        }

        public int notAssessed() {
            return count(CopStatus.NOT_ASSESSED);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> own() {
        Map<Integer, CopAssessment> saved = CopAssessment.<CopAssessment>listAll().stream()
                .collect(Collectors.toMap(a -> (int) a.principle, Function.identity()));
        LocalDate today = today();
        return Arrays.stream(Principle.values()).map(p -> {
            CopAssessment a = saved.get(p.number());
            return a == null ? new Line(p, CopStatus.NOT_ASSESSED, null, null, null, false)
                    : new Line(p, a.status, a.evidence, a.reviewDate, a.updatedBy,
                            a.reviewDate != null && a.reviewDate.isBefore(today));
        }).toList();
    }

    /** Saves the partner manager's assessment of one principle; bad input changes nothing. */
    public CopAssessment assess(int number, AssuranceForms.AssessmentForm form) {
        Principle principle = Principle.numbered(number).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        FormErrors errors = new FormErrors();
        CopStatus status = null;
        try {
            status = CopStatus.valueOf(FormFields.text(form.status()));
        } catch (IllegalArgumentException e) {
            errors.add("status", "Select how far principle " + number + " is met");
        }
        String evidence = FormFields.text(form.evidence());
        LocalDate review = form.review(status != CopStatus.NOT_ASSESSED, errors);
        if (status != null && status != CopStatus.NOT_ASSESSED && evidence.isEmpty()) {
            errors.add("evidence", "Enter the evidence for principle " + number + ", such as the policy or report");
        }
        if (evidence.length() > EVIDENCE_MAX) {
            errors.add("evidence", "The evidence must be " + EVIDENCE_MAX + " characters or fewer");
        }
        if (review != null && review.isBefore(today())) {
            errors.add("review", "The review date must be today or later");
        }
        errors.throwIfAny();
        CopAssessment a = CopAssessment.of(number);
        Map<String, String> before = a == null ? Map.of() : describe(a);
        if (a == null) {
            a = new CopAssessment();
            a.principle = (short) number;
        }
        a.status = status;
        a.evidence = evidence.isEmpty() ? null : evidence;
        a.reviewDate = review;
        a.updatedBy = identity.getPrincipal().getName();
        a.updatedAt = clock.instant();
        a.persist();
        audit.record("code-of-practice.assessed", "cop-assessment", Integer.toString(number),
                "Assessed principle " + number + " (" + principle.title() + ") as " + status.label(),
                FieldChange.between(before, describe(a)));
        return a;
    }

    /** Every partner of the partnership with counts by status; partners with no assessment count as not assessed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<PartnerSummary> partnership() {
        LocalDate today = today();
        return crossPartner.read(CrossPartnerPath.ASSURANCE_REGISTERS, () -> {
            List<Object[]> rows = entityManager.createNativeQuery("select p.id, p.name, a.status, a.review_date"
                    + " from partner p left join cop_assessment a on a.partner_id = p.id"
                    + " where p.partnership_id = ?1 and (p.kind = 'COUNCIL' or a.id is not null)"
                    + " order by p.name, a.principle").setParameter(1, tenant.partnershipId()).getResultList();
            Map<String, PartnerSummary> out = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, Map<CopStatus, Integer>> counts = new LinkedHashMap<>();
            Map<String, int[]> overdue = new LinkedHashMap<>();
            Map<String, LocalDate> next = new LinkedHashMap<>();
            for (Object[] r : rows) {
                String id = (String) r[0];
                names.put(id, (String) r[1]);
                Map<CopStatus, Integer> c = counts.computeIfAbsent(id, k -> new EnumMap<>(CopStatus.class));
                overdue.computeIfAbsent(id, k -> new int[1]);
                if (r[2] != null) {
                    c.merge(CopStatus.valueOf((String) r[2]), 1, Integer::sum);
                    LocalDate review = localDate(r[3]);
                    if (review != null && review.isBefore(today)) {
                        overdue.get(id)[0]++;
                    }
                    if (review != null && (next.get(id) == null || review.isBefore(next.get(id)))) {
                        next.put(id, review);
                    }
                }
            }
            names.forEach((id, name) -> {
                Map<CopStatus, Integer> c = counts.get(id);
                int assessed = c.values().stream().mapToInt(Integer::intValue).sum();
                c.merge(CopStatus.NOT_ASSESSED, Principle.values().length - assessed, Integer::sum);
                out.put(id, new PartnerSummary(id, name, c, overdue.get(id)[0], next.get(id)));
            });
            return List.copyOf(out.values());
        });
    }

    /** One partner's assessment of one principle, for the partnership's publication. */
    public record PartnerLine(String partnerId, String partnerName, Principle principle, CopStatus status,
            String evidence, LocalDate reviewDate) {
    }

    /** Every partner's 12 lines (not assessed where there is no assessment), partner by partner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<PartnerLine> partnershipLines() {
        return crossPartner.read(CrossPartnerPath.ASSURANCE_REGISTERS, () -> {
            List<Object[]> rows = entityManager.createNativeQuery("select p.id, p.name, n.principle, a.status,"
                    + " a.evidence, a.review_date from partner p cross join generate_series(1, 12) n(principle)"
                    + " left join cop_assessment a on a.partner_id = p.id and a.principle = n.principle"
                    + " where p.kind = 'COUNCIL' or exists (select 1 from cop_assessment x where x.partner_id = p.id)"
                    + " order by p.name, n.principle").getResultList();
            return rows.stream().map(r -> new PartnerLine((String) r[0], (String) r[1],
                    Principle.numbered(((Number) r[2]).intValue()).orElseThrow(),
                    r[3] == null ? CopStatus.NOT_ASSESSED : CopStatus.valueOf((String) r[3]), (String) r[4],
                    localDate(r[5]))).toList();
        });
    }

    private static Map<String, String> describe(CopAssessment a) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("status", a.status.label());
        d.put("evidence", a.evidence == null ? "" : a.evidence);
        d.put("reviewDate", a.reviewDate == null ? "" : a.reviewDate.toString());
        return d;
    }
}
