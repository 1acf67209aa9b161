package org.cctvportal.estate;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cctvportal.platform.NativeRows;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.PageCount;
import org.hibernate.Session;

/** The estate list's query: filters and sort in SQL, the tenant named as Hibernate named it, bounded by PostgreSQL. */
final class CameraSearch {

    private CameraSearch() {
    }

    /** One page of cameras and how many match in all. */
    public record Result(List<Camera> cameras, long total, int page, int pageSize) implements PageCount {
    }

    static Result run(CameraQuery query) {
        return run(query, null);
    }

    /**
     * The same, for the PCC office reading every partner's cameras of {@code partnership} (null otherwise). Row-level
     * security bounds that read to the partnership; its partners are named here as well, by their ids read first from
     * the partner directory, because PostgreSQL cannot use an index for its policies (OR-ed together): without them it
     * read every camera in the database (1.7 s at national scale), and with them named through a subquery it could not
     * tell how many partners that subquery gives (the directory's filter repeats the partnership), took it for one and
     * read every site once per partner (0.24 s instead of 0.02 s; docs/benchmarks.md). The sites are bounded by the
     * same partners, as Hibernate bounds them by the caller's partner in a partner's own list.
     */
    static Result run(CameraQuery query, String partnership) {
        EntityManager em = Panache.getEntityManager();
        TenantContext tenant = Arc.container().instance(TenantContext.class).get();
        // Sent as SQL: Hibernate keeps no plan for an HQL query while the tenant's filters are enabled, so the count
        // and the page's ids were translated again on every request. Row-level security still bounds every row; the
        // caller's partner is named for the cameras and their sites as Hibernate's tenant predicate named it (the
        // PCC office reads under the root tenant, which Hibernate bounded by nothing: its partners are named below).
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (partnership == null) {
            params.add(tenant.requirePartner());
            where.append(" and c.partner_id = ?").append(params.size()).append(" and s.partner_id = ?")
                    .append(params.size());
        } else if (query.partnerFilter() == null) {
            @SuppressWarnings("unchecked")
            List<String> partners = em.createNativeQuery("select p.id from partner p where p.partnership_id = ?1")
                    .setParameter(1, partnership).getResultList();
            params.add(partners.isEmpty() ? List.of("") : partners);
            where.append(" and c.partner_id in (?").append(params.size()).append(") and s.partner_id in (?")
                    .append(params.size()).append(")");
        }
        if (query.text() != null) {
            // The maker's name through a subquery over the partnership's few makers on the camera's own column (not
            // the joined row), so that the count needs no join to the makers at all (docs/benchmarks.md). The makers
            // are the partnership's own, as the directory's filter bounds them in HQL.
            params.add("%" + query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
            String q = "?" + params.size();
            params.add(Objects.requireNonNullElse(tenant.partnershipId(), ""));
            where.append(" and (lower(c.asset_tag) like ").append(q).append(" escape '\\' or lower(c.model) like ")
                    .append(q).append(" escape '\\' or lower(s.name) like ").append(q).append(" escape '\\'")
                    .append(" or c.manufacturer_id in (select mm.id from manufacturer mm where lower(mm.name) like ")
                    .append(q).append(" escape '\\' and mm.partnership_id = ?").append(params.size()).append("))");
        }
        if (query.partnerFilter() != null) {
            params.add(query.partnerFilter());
            where.append(" and c.partner_id = ?").append(params.size()).append(" and s.partner_id = ?")
                    .append(params.size());
        }
        if (query.site != null) {
            params.add(query.site);
            where.append(" and s.id = ?").append(params.size());
        }
        if (query.maker != null) {
            params.add(query.maker);
            where.append(" and c.manufacturer_id = ?").append(params.size());
        }
        if (query.typeFilter() != null) {
            params.add(query.typeFilter().name());
            where.append(" and c.type = ?").append(params.size());
        }
        if (query.statusFilter() != null) {
            params.add(query.statusFilter().name());
            where.append(" and c.status = ?").append(params.size());
        }
        // The makers are joined only to sort by their name: every filter reads the camera's own maker column.
        String from = " from camera c join site s on s.id = c.site_id";
        String sortFrom = "maker".equals(query.sortKey())
                ? from + " left join manufacturer m on m.id = c.manufacturer_id" : from;
        Query count = em.createNativeQuery("select count(c.id)" + from + where);
        bind(count, params);
        long total = NativeRows.longValue(count.getSingleResult());
        int lastPage = (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(query.pageNumber(), lastPage);
        // The page in two steps: its ids (filtered, sorted and cut to the page, joining only what the filters and
        // sort need), then those cameras with their site, maker and recorder. Fetching the associations in the
        // sorted query joined them for every matching camera before the sort, several times slower on a
        // full-size estate (docs/benchmarks.md).
        Query ids = em.createNativeQuery("select c.id" + sortFrom + where + " order by " + order(query));
        bind(ids, params);
        ids.setFirstResult((page - 1) * query.pageSize()).setMaxResults(query.pageSize());
        List<Long> pageIds = ((List<?>) ids.getResultList()).stream().map(NativeRows::longValue).toList();
        return new Result(fetch(pageIds), total, page, query.pageSize());
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /**
     * The cameras with these ids, in the order given, with their site, maker and recorder (and the recorder's site,
     * maker and operating system), which they load eagerly: one statement, by the cameras' primary key
     * ({@code c.id = any(?)}, an array). Fetched instead by an HQL query naming the ids in a list ({@code c.id in
     * (?, ...)}) under the tenant's filters, PostgreSQL's plan for it (kept once the statement was prepared) read
     * the partner's every site and every camera on them to find the page's 25: 1,650 buffers a request against
     * about 500, and 7.7 ms against 1.4 at national scale with 8 clients (docs/benchmarks.md, lists run 76).
     * Row-level security bounds the rows as it bounds every read.
     */
    private static List<Camera> fetch(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager().unwrap(Session.class).findMultiple(Camera.class, ids).stream()
                .filter(Objects::nonNull).toList();
    }

    private static String order(CameraQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        String column = switch (query.sortKey()) {
            case "site" -> "lower(s.name)" + direction + ", lower(c.asset_tag)";
            case "maker" -> "lower(m.name)" + direction + " nulls last, lower(c.asset_tag)";
            case "type" -> "c.type" + direction + ", lower(c.asset_tag)";
            case "status" -> "c.status" + direction + ", lower(c.asset_tag)";
            case "maintenance" -> "c.next_maintenance" + direction + " nulls last, lower(c.asset_tag)";
            default -> "lower(c.asset_tag)" + direction;
        };
        return column + ", c.id";
    }
}
