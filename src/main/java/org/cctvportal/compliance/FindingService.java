package org.cctvportal.compliance;

import static org.cctvportal.platform.NativeRows.longValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cctvportal.platform.SqlReads;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.LondonTime;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * A partner's findings: reading and filtering them. An accepted risk ({@link RiskAcceptanceService}) whose date has
 * passed reopens the finding, here on read and by a scheduled job.
 * Everything is bounded to the caller's partner by the framework and the database; the partnership's figures come
 * through the named cross-partner path.
 */
@ApplicationScoped
@Transactional
public class FindingService {

    @Inject
    AuditService audit;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    EntityManager entityManager;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    /** Standing findings by severity (open, and accepted apart), for the overview. */
    public record Counts(Map<Severity, Long> open, long accepted, long closed) {
        public long open(Severity severity) {
            return open.getOrDefault(severity, 0L);
        }

        public long totalOpen() {
            return open.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One partner's line of the partnership's overview. */
    public record PartnerCounts(String partnerId, String partnerName, long critical, long high, long medium, long low,
            long accepted) {
        public long totalOpen() {
            return critical + high + medium + low;
        }
    }

    /**
     * The caller's findings. The PCC office's own estate is empty, so its list (page and API alike) opens on the
     * partnership's findings; {@code partner=} narrows it to one partner.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingPage list(FindingQuery query) {
        if (pccOffice()) {
            if (!query.acrossPartners()) {
                query.partner = "all";
            }
            // The PCC office follows a dashboard figure to the rows behind it: read-only, every partner's, in the
            // read's own transaction (no transaction of the request's around it, which would do nothing).
            return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, () -> page(query, partnerNames()));
        }
        query.partner = null;
        // A partner's list reads in no transaction of its own, each statement as PostgreSQL runs it anyway (read
        // committed: a snapshot per statement): no commit to send, nothing for the transaction manager or Hibernate to
        // begin and end. Reopening an expired acceptance, the one write, begins its own.
        reopenExpired();
        return page(query, Map.of());
    }

    /**
     * Runs a findings page's work: for the PCC office inside the read-only read of every partner's findings that
     * {@link #list} makes (which joins it), so the page's layout reads (the header's unread count, each naming the
     * caller's own partner and person) go on that transaction's connection rather than on one of their own; for a
     * partner as {@link #list} reads, in no transaction (each read takes a connection from the pool, as a rule the
     * one the thread had before, the request's tenant already written on it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> T pageRead(Supplier<T> work) {
        if (pccOffice()) {
            return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, work);
        }
        return work.get();
    }

    /** Whether the caller works for the PCC office, whose lists span the partnership's partners. */
    private boolean pccOffice() {
        return CompliancePages.PCC.stream().anyMatch(identity::hasRole);
    }

    /** The partnership's partners by name, for the across-partners list's column and filter. */
    private Map<String, String> partnerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        SqlReads.list(entityManager, "select p.id, p.name from partner p where p.partnership_id = ?"
                + " order by lower(p.name)", row -> Map.entry(row.getString(1), row.getString(2)),
                tenant.partnershipId()).forEach(partner -> names.put(partner.getKey(), partner.getValue()));
        return names;
    }

    /**
     * The list's count and page, sent as SQL over JDBC on the transaction's connection ({@link FindingRows}):
     * Hibernate keeps no plan for an HQL query while the tenant's filters are enabled, and maps a native query's
     * columns to the entity afresh each time. Row-level security still bounds the rows to the connection's tenant;
     * the partner (or for the PCC office the partnership) is named as well, as Hibernate's tenant predicate named
     * it, so PostgreSQL uses the partner's index of standing findings.
     */
    private FindingPage page(FindingQuery query, Map<String, String> partners) {
        List<Object> parameters = new ArrayList<>();
        String where = query.sqlWhere(parameters);
        if (!partners.isEmpty()) {
            // Row-level security bounds the PCC's read to its partnership; naming the partnership as well lets
            // PostgreSQL use its index of standing findings, which its policies (OR-ed together) cannot.
            parameters.add(tenant.partnershipId());
            where += " and f.partnership_id = ?" + parameters.size();
        } else {
            parameters.add(tenant.requirePartner());
            where += " and f.partner_id = ?" + parameters.size();
        }
        String filter = where;
        return work(connection -> {
            long total = FindingRows.count(connection, "select count(*) from compliance_finding f where " + filter,
                    parameters);
            int page = Math.min(query.pageNumber(), (int) Math.max(1, (total + FindingQuery.PAGE_SIZE - 1)
                    / FindingQuery.PAGE_SIZE));
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(FindingQuery.PAGE_SIZE);
            paged.add((page - 1) * FindingQuery.PAGE_SIZE);
            List<Finding> findings = FindingRows.findings(connection, "select " + FindingRows.COLUMNS
                    + " from compliance_finding f where " + filter
                    + " order by f.severity_rank, f.due_date nulls last, f.asset_label, f.rule"
                    + " limit ?" + (paged.size() - 1) + " offset ?" + paged.size(), paged);
            return new FindingPage(findings, page, FindingQuery.PAGE_SIZE, total, partners);
        });
    }

    /** Runs JDBC work on the connection of the current transaction, with its tenant settings. */
    private <T> T work(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }

    /** The ids of the caller's own accepted findings whose acceptance has run out. */
    private List<Long> ownExpiredIds() {
        List<Object> parameters = List.of(tenant.requirePartner(), today());
        return work(connection -> FindingRows.ids(connection, "select f.id from compliance_finding f"
                + " where f.partner_id = ?1 and f.status = 'ACCEPTED' and f.accepted_until < ?2", parameters));
    }

    /** One of the caller's findings; another partner's is not found. */
    public Finding finding(long id) {
        reopenExpired();
        Finding finding = Finding.findById(id);
        if (finding == null && pccOffice()) {
            // Another partner's finding, reached from the PCC office's dashboard: read-only.
            finding = crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, () -> Finding.findById(id));
        }
        if (finding == null) {
            throw new NotFoundException("No such finding");
        }
        return finding;
    }

    /** An asset's findings, standing ones first. */
    public List<Finding> forAsset(Finding.AssetKind kind, long assetId) {
        reopenExpired();
        return Finding.forAsset(kind, assetId);
    }

    public Counts counts() {
        reopenExpired();
        Map<Severity, Long> open = new EnumMap<>(Severity.class);
        long accepted = 0;
        long closed = 0;
        List<Object[]> rows = entityManager.createQuery("select f.severity, f.status, count(f) from Finding f"
                + " group by f.severity, f.status", Object[].class).getResultList();
        for (Object[] row : rows) {
            long n = ((Number) row[2]).longValue();
            switch ((Finding.Status) row[1]) {
                case OPEN -> open.merge((Severity) row[0], n, Long::sum);
                case ACCEPTED -> accepted += n;
                case CLOSED -> closed += n;
            }
        }
        return new Counts(open, accepted, closed);
    }

    /** Every partner of the partnership with its open findings by severity: the PCC office's view. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerCounts> partnershipCounts() {
        LocalDate today = today();
        return crossPartner.read(CrossPartnerPath.COMPLIANCE_OVERVIEW, () -> {
            List<?> rows = entityManager.createNativeQuery("select p.id, p.name,"
                    + " count(f.id) filter (where f.severity = 'CRITICAL' and " + OPEN + "),"
                    + " count(f.id) filter (where f.severity = 'HIGH' and " + OPEN + "),"
                    + " count(f.id) filter (where f.severity = 'MEDIUM' and " + OPEN + "),"
                    + " count(f.id) filter (where f.severity = 'LOW' and " + OPEN + "),"
                    + " count(f.id) filter (where not " + OPEN + ")"
                    + " from partner p left join compliance_finding f on f.partner_id = p.id and f.status <> 'CLOSED'"
                    + " group by p.id, p.name order by lower(p.name)").setParameter(1, today).getResultList();
            return rows.stream().map(row -> (Object[]) row).map(r -> new PartnerCounts(r[0].toString(),
                    r[1].toString(), longValue(r[2]), longValue(r[3]), longValue(r[4]), longValue(r[5]),
                    longValue(r[6]))).toList();
        });
    }

    /** Open, or accepted with the acceptance run out (the job may not have reopened it yet). */
    private static final String OPEN = "(f.status = 'OPEN' or f.accepted_until < ?1)";

    /**
     * Reopens the caller's findings whose acceptance has run out, each audited; how many. Looked for first as SQL
     * (none, on nearly every read), then reopened in the caller's transaction, or in one of its own when the caller
     * reads in none (a partner's list).
     */
    public int reopenExpired() {
        List<Long> ids = ownExpiredIds();
        return ids.isEmpty() ? 0 : QuarkusTransaction.joiningExisting().call(() -> reopen(ids));
    }

    private int reopen(List<Long> ids) {
        List<Finding> expired = Finding.list("id in ?1 and status = ?2 and acceptedUntil < ?3", ids,
                Finding.Status.ACCEPTED, today());
        for (Finding finding : expired) {
            finding.status = Finding.Status.OPEN;
            finding.reopenedAt = clock.instant();
            finding.updatedAt = clock.instant();
            audit.record("finding.acceptance-expired", "finding", finding.id.toString(), "Reopened "
                    + finding.rule.label().toLowerCase() + " on " + finding.assetLabel + ": the risk was accepted"
                    + " until " + finding.acceptedUntil.format(LondonTimeFormats.DATE));
        }
        if (!expired.isEmpty()) {
            // The list's statements go over JDBC, which Hibernate does not flush before.
            entityManager.flush();
        }
        return expired.size();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }
}
