package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * The estate's reads for other features: cameras and sites as {@link CameraRef} and {@link SiteRef}, never the
 * entities or their tables. Reads run in the caller's transaction and tenancy, so a camera another partner owns is
 * only seen inside a cross-partner path that admits it.
 */
@ApplicationScoped
public class CameraDirectory {

    private static final String SELECT = "select c.id, c.asset_tag, c.status, c.site_id, s.name, c.partner_id,"
            + " coalesce(c.latitude, s.latitude), coalesce(c.longitude, s.longitude)"
            + " from camera c join site s on s.id = c.site_id ";

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenant;

    /** Asset tags as typed, matched to the caller's own cameras (any status), ignoring case. */
    public record TagMatch(List<String> tags, Map<String, CameraRef> byTag) {

        /** The camera with this tag, if the caller has one. */
        public Optional<CameraRef> camera(String tag) {
            return Optional.ofNullable(byTag.get(lower(tag)));
        }

        /** The cameras found, in the order their tags were typed. */
        public List<CameraRef> cameras() {
            return tags.stream().map(tag -> byTag.get(lower(tag))).filter(Objects::nonNull).toList();
        }

        /** The tags typed that name none of the caller's cameras. */
        public List<String> unknown() {
            return tags.stream().filter(tag -> !byTag.containsKey(lower(tag))).toList();
        }
    }

    /** One query for all the tags; no query when there are none. */
    public TagMatch ownByTags(List<String> tags) {
        Map<String, CameraRef> byTag = new LinkedHashMap<>();
        if (!tags.isEmpty()) {
            List<String> lowered = tags.stream().map(CameraDirectory::lower).distinct().toList();
            for (CameraRef camera : refs(entityManager.createNativeQuery(SELECT
                    + "where lower(c.asset_tag) = any(?1) and c.partner_id = ?2 order by c.asset_tag, c.id")
                    .setParameter(1, lowered.toArray(String[]::new)).setParameter(2, tenant.partnerId()))) {
                byTag.putIfAbsent(lower(camera.assetTag()), camera);
            }
        }
        return new TagMatch(List.copyOf(tags), byTag);
    }

    /** The cameras with these ids the caller may read, by asset tag; one query. */
    public List<CameraRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return refs(entityManager.createNativeQuery(SELECT + "where c.id = any(?1) order by c.asset_tag, c.id")
                .setParameter(1, ids.stream().distinct().toArray(Long[]::new)));
    }

    /** Up to {@code limit} of the caller's cameras in use, those at the named sites first, then by asset tag. */
    public List<CameraRef> inUse(int limit, Collection<String> sitesFirst) {
        return refs(entityManager.createNativeQuery(SELECT + "where c.partner_id = ?1 and c.status <> ?2"
                + " order by case when s.name = any(?3) then 0 else 1 end, c.asset_tag limit ?4")
                .setParameter(1, tenant.partnerId()).setParameter(2, CameraStatus.DECOMMISSIONED.name())
                .setParameter(3, sitesFirst.toArray(String[]::new)).setParameter(4, limit));
    }

    /**
     * Up to {@code limit} of the caller's own cameras in use whose asset tag or site name contains the text (any case),
     * by asset tag; every camera in use when the text is blank.
     */
    public List<CameraRef> inUseMatching(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return refs(entityManager.createNativeQuery(SELECT + "where c.partner_id = ?1 and c.status <> ?2"
                + " and (lower(c.asset_tag) like ?3 or lower(s.name) like ?3) order by c.asset_tag limit ?4")
                .setParameter(1, tenant.partnerId()).setParameter(2, CameraStatus.DECOMMISSIONED.name())
                .setParameter(3, like).setParameter(4, limit));
    }

    /** Up to {@code limit} of the caller's cameras at sites whose names start so, by asset tag. */
    public List<CameraRef> atSitesNamed(String prefix, int limit) {
        return refs(entityManager.createNativeQuery(SELECT + "where c.partner_id = ?1 and s.name like ?2"
                + " order by c.asset_tag limit ?3").setParameter(1, tenant.partnerId())
                .setParameter(2, prefix + "%").setParameter(3, limit));
    }

    /** Up to {@code limit} of the caller's cameras in use that record to the named recorder, by asset tag. */
    public List<CameraRef> onRecorderNamed(String recorder, int limit) {
        return refs(entityManager.createNativeQuery(SELECT + "join recorder r on r.id = c.recorder_id"
                + " where c.partner_id = ?1 and r.name = ?2 and c.status <> ?3 order by c.asset_tag limit ?4")
                .setParameter(1, tenant.partnerId()).setParameter(2, recorder)
                .setParameter(3, CameraStatus.DECOMMISSIONED.name()).setParameter(4, limit));
    }

    /** The caller's own sites by name. */
    public List<SiteRef> sites() {
        return Site.listByName().stream().map(s -> new SiteRef(s.id, s.name)).toList();
    }

    /** The caller's own site with this name, ignoring case. */
    public Optional<SiteRef> siteNamed(String name) {
        return Site.byName(name).map(s -> new SiteRef(s.id, s.name));
    }

    @SuppressWarnings("unchecked")
    private static List<CameraRef> refs(jakarta.persistence.Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new CameraRef(
                ((Number) r[0]).longValue(), (String) r[1], CameraStatus.valueOf((String) r[2]),
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], number(r[6]), number(r[7]))).toList();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static String lower(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT);
    }
}
