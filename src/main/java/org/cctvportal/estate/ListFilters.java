package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.Objects;
import org.cctvportal.platform.NativeRows;

/**
 * The estate list's site and maker filters, read on every request to the list: ids and names only, as rows. Read as
 * entities they were translated from HQL again on each request (Hibernate keeps no plan while the tenant's filters
 * are enabled), loaded whole into the session and checked for changes when it flushed. Row-level security bounds
 * both reads; the partner and the partnership are named as Hibernate's tenant predicate and directory filter named
 * them, so that PostgreSQL reads them by index.
 */
final class ListFilters {

    /** One option of a filter, and whether the list is filtered by it now. */
    public record Option(long id, String name, boolean selected) {
    }

    private ListFilters() {
    }

    /** The partner's sites by name. */
    static List<Option> sites(String partner, Long chosen) {
        return options("select s.id, s.name from site s where s.partner_id = ?1 order by lower(s.name), s.id",
                partner, chosen);
    }

    /** The partnership's makers by name. */
    static List<Option> makers(String partnership, Long chosen) {
        return options("select m.id, m.name from manufacturer m where m.partnership_id = ?1"
                + " order by lower(m.name), m.id", partnership, chosen);
    }

    private static List<Option> options(String sql, String owner, Long chosen) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(sql).setParameter(1, owner).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> {
            long id = NativeRows.longValue(row[0]);
            return new Option(id, (String) row[1], Objects.equals(chosen, id));
        }).toList();
    }
}
