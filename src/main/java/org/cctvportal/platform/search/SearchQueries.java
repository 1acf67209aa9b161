package org.cctvportal.platform.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The two queries a feature's {@link SearchHits} sends, written once: a count and a page over an HQL {@code from ...
 * where ...} whose entity alias is {@code x}. Hibernate adds the tenant bound and PostgreSQL's policies keep it.
 */
public final class SearchQueries {

    private SearchQueries() {
    }

    public static long count(String from, Map<String, Object> params) {
        TypedQuery<Long> count = Panache.getEntityManager().createQuery("select count(x) " + from, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    public static <E> List<SearchHit> page(Class<E> type, String from, Map<String, Object> params, String order,
            int offset, int limit, Function<E, SearchHit> hit) {
        if (limit <= 0) {
            return List.of();
        }
        TypedQuery<E> page = Panache.getEntityManager().createQuery("select x " + from + " order by " + order, type);
        params.forEach(page::setParameter);
        page.setFirstResult(offset).setMaxResults(limit);
        return page.getResultList().stream().map(hit).toList();
    }
}
