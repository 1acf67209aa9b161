package org.cctvportal.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.PageCount;

/**
 * Searches the audit trail. An auditor reads its own partner's trail (Hibernate's tenant filter and the database's
 * own-partner policy); the PCC office (partnership admin and analyst) reads every partner's of its partnership through
 * {@link CrossPartnerPath#AUDIT_TRAIL}, which PostgreSQL's partnership policy bounds. The partners named in the query
 * are there for the indexes, not to keep anyone out.
 */
@ApplicationScoped
public class AuditSearch {

    /** The most events one download holds; a wider filter is refused with a message rather than cut short. */
    public static final int EXPORT_LIMIT = 50_000;

    @Inject
    SecurityIdentity identity;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    Instance<AuditRecordLinks> recordLinks;

    /** One event as the trail shows it: its partner's name and, for the reader's own records, a link. */
    public record Row(AuditEvent event, String partner, String link) {
    }

    /** A page of the search, newest first. */
    public record Result(List<Row> rows, int page, int pageSize, long total) implements PageCount {
    }

    /** Whether the caller reads the whole partnership's trail (the PCC office) or its own partner's. */
    public boolean acrossPartnership() {
        return identity.hasRole(Roles.PARTNERSHIP_ADMIN);
    }

    /** The partners the caller may narrow the trail to: the partnership's for the PCC office, none for an auditor. */
    public Map<String, String> partners() {
        if (!acrossPartnership()) {
            return Map.of();
        }
        return read(() -> {
            Map<String, String> names = new LinkedHashMap<>();
            for (Object row : entityManager.createNativeQuery("select id, name from partner where partnership_id = ?1"
                    + " order by lower(name)").setParameter(1, tenant.partnershipId()).getResultList()) {
                names.put(((Object[]) row)[0].toString(), ((Object[]) row)[1].toString());
            }
            return names;
        });
    }

    /** Adds a problem when the partner asked for is not one the caller may read; an auditor's is ignored. */
    public AuditFilter check(AuditFilter filter, Map<String, String> partners, FormErrors errors) {
        if (filter.partner() == null) {
            return filter;
        }
        if (!acrossPartnership()) {
            return new AuditFilter(filter.person(), filter.action(), filter.kind(), filter.record(), filter.from(),
                    filter.to(), null);
        }
        if (!partners.containsKey(filter.partner())) {
            errors.add("partner", "Choose one of the partnership's partners");
        }
        return filter;
    }

    public Result search(AuditFilter filter, Map<String, String> partners, int page, int size) {
        int number = Math.max(1, page);
        return read(() -> {
            PanacheQuery<AuditEvent> query = query(filter, partners);
            long total = query.count();
            List<AuditEvent> events = query.page(Page.of(number - 1, size)).list();
            return new Result(rows(events, partners), number, size, total);
        });
    }

    /**
     * Every event the filter shows, for a download, and the download recorded in the reader's own trail. Refused
     * (nothing recorded) when the filter shows more than {@link #EXPORT_LIMIT}; when the record cannot be written,
     * no file is given.
     */
    public List<Row> export(AuditFilter filter, Map<String, String> partners) {
        List<Row> rows = read(() -> {
            PanacheQuery<AuditEvent> query = query(filter, partners);
            long total = query.count();
            if (total > EXPORT_LIMIT) {
                throw new InvalidInputException(new FormErrors().add("export", "The filter shows " + total
                        + " events: narrow it to " + EXPORT_LIMIT + " or fewer to download them"));
            }
            return rows(query.list(), partners);
        });
        String whose = filter.partner() != null ? filter.partner()
                : acrossPartnership() ? tenant.partnershipId() : tenant.requirePartner();
        QuarkusTransaction.requiringNew().run(() -> audit.record("audit.exported", "audit-trail", whose,
                "Downloaded " + rows.size() + " audit events as CSV (" + filter.describe() + ")"));
        return rows;
    }

    private PanacheQuery<AuditEvent> query(AuditFilter filter, Map<String, String> partners) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (acrossPartnership()) {
            where.append(" and partnerId in :partners");
            parameters.and("partners", filter.partner() != null ? List.of(filter.partner())
                    : List.copyOf(partners.keySet()));
        }
        condition(where, parameters, "lower(actor) = :person", "person",
                filter.person() == null ? null : filter.person().toLowerCase(Locale.ROOT));
        condition(where, parameters, "action = :action", "action", filter.action());
        condition(where, parameters, "entityType = :kind", "kind", filter.kind());
        condition(where, parameters, "entityId = :record", "record", filter.record());
        condition(where, parameters, "occurredAt >= :from", "from", filter.fromInstant());
        condition(where, parameters, "occurredAt < :to", "to", filter.toInstant());
        return AuditEvent.find(where.toString(), Sort.descending("occurredAt", "id"), parameters);
    }

    private static void condition(StringBuilder where, Parameters parameters, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.and(name, value);
        }
    }

    private List<Row> rows(List<AuditEvent> events, Map<String, String> partners) {
        String own = tenant.partnerId();
        return events.stream().map(e -> new Row(e, partners.getOrDefault(e.partnerId, null),
                Objects.equals(e.partnerId, own) ? link(e) : null)).toList();
    }

    private String link(AuditEvent event) {
        for (AuditRecordLinks links : recordLinks) {
            String href = links.link(event.entityType, event.entityId);
            if (href != null) {
                return href;
            }
        }
        return null;
    }

    private <T> T read(Supplier<T> work) {
        return acrossPartnership() ? crossPartner.read(CrossPartnerPath.AUDIT_TRAIL, work) : work.get();
    }
}
