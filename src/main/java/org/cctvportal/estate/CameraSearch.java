package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cctvportal.platform.web.PageCount;

/** The estate list's query: filters and sort in HQL, the tenant bound added by Hibernate and by PostgreSQL. */
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
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (partnership != null && query.partnerFilter() == null) {
            List<String> partners = Panache.getEntityManager().createQuery("select p.id from Partner p"
                    + " where p.partnershipId = :partnership", String.class).setParameter("partnership", partnership)
                    .getResultList();
            where.append(" and c.partnerId in :partners and s.partnerId in :partners");
            params.put("partners", partners.isEmpty() ? List.of("") : partners);
        }
        if (query.text() != null) {
            // The maker's name through a subquery over the partnership's few makers on the camera's own column
            // (fk: not the joined row), so that the count needs no join to the makers at all (docs/benchmarks.md).
            where.append(" and (lower(c.assetTag) like :q escape '\\' or lower(c.model) like :q escape '\\'"
                    + " or lower(s.name) like :q escape '\\' or fk(c.manufacturer) in (select mm.id from Manufacturer mm"
                    + " where lower(mm.name) like :q escape '\\'))");
            params.put("q", "%" + query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.partnerFilter() != null) {
            where.append(" and c.partnerId = :partner and s.partnerId = :partner");
            params.put("partner", query.partnerFilter());
        }
        if (query.site != null) {
            where.append(" and s.id = :site");
            params.put("site", query.site);
        }
        if (query.maker != null) {
            where.append(" and fk(c.manufacturer) = :maker");
            params.put("maker", query.maker);
        }
        if (query.typeFilter() != null) {
            where.append(" and c.type = :type");
            params.put("type", query.typeFilter());
        }
        if (query.statusFilter() != null) {
            where.append(" and c.status = :status");
            params.put("status", query.statusFilter());
        }
        // The makers are joined only to sort by their name: every filter reads the camera's own maker column.
        String from = " from Camera c join c.site s";
        String sortFrom = "maker".equals(query.sortKey()) ? from + " left join c.manufacturer m" : from;
        TypedQuery<Long> count = Panache.getEntityManager().createQuery("select count(c)" + from + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        int lastPage = (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(query.pageNumber(), lastPage);
        // The page in two steps: its ids (filtered, sorted and cut to the page, joining only what the filters and
        // sort need), then those cameras with their site, maker and recorder. Fetching the associations in the
        // sorted query joined them for every matching camera before the sort, several times slower on a
        // full-size estate (docs/benchmarks.md).
        TypedQuery<Long> ids = Panache.getEntityManager().createQuery("select c.id" + sortFrom + where + " order by "
                + order(query), Long.class);
        params.forEach(ids::setParameter);
        ids.setFirstResult((page - 1) * query.pageSize()).setMaxResults(query.pageSize());
        return new Result(fetch(ids.getResultList()), total, page, query.pageSize());
    }

    /** The cameras with these ids, in the order given. */
    private static List<Camera> fetch(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Camera> byId = new HashMap<>();
        // The recorder's own site, maker and operating system are read with it (they are loaded eagerly): fetched
        // here, they cost no further statements after this one.
        Panache.getEntityManager().createQuery("select c from Camera c join fetch c.site"
                        + " left join fetch c.manufacturer left join fetch c.recorder r left join fetch r.site"
                        + " left join fetch r.manufacturer left join fetch r.operatingSystem where c.id in :ids",
                        Camera.class)
                .setParameter("ids", ids).getResultList().forEach(camera -> byId.put(camera.id, camera));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static String order(CameraQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        String column = switch (query.sortKey()) {
            case "site" -> "lower(s.name)" + direction + ", lower(c.assetTag)";
            case "maker" -> "lower(m.name)" + direction + " nulls last, lower(c.assetTag)";
            case "type" -> "c.type" + direction + ", lower(c.assetTag)";
            case "status" -> "c.status" + direction + ", lower(c.assetTag)";
            case "maintenance" -> "c.nextMaintenance" + direction + " nulls last, lower(c.assetTag)";
            default -> "lower(c.assetTag)" + direction;
        };
        return column + ", c.id";
    }
}
