package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a form, an API call or an import row is checked against: the partner's sites and recorders by name, the
 * partnership's manufacturers by every alias and its operating systems. An import of cameras reads the cameras of
 * its rows a batch at a time ({@link #forImport}, {@link #loadCameras}), so a hundred thousand rows are checked
 * without a query each and without holding the partner's every camera.
 */
final class EstateIndex {

    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Recorder> recorders = new HashMap<>();
    private final Map<String, Manufacturer> makers = new HashMap<>();
    private final Map<String, String> makerAliases = new HashMap<>();
    private final Map<String, OperatingSystem> systems = new HashMap<>();
    private Map<String, Camera> cameras;
    /** The asset tags whose cameras {@link #cameras} holds, when it holds a batch's (null: it holds them all). */
    private Set<String> batch;
    /** An import's: every camera's id by its asset tag (lowered), as the pass began. */
    private Map<String, Long> tagIds;

    static EstateIndex load(boolean withCameras) {
        EstateIndex index = new EstateIndex();
        Site.<Site>listAll().forEach(index::add);
        Recorder.<Recorder>listAll().forEach(index::add);
        for (ManufacturerAlias alias : ManufacturerAlias.all()) {
            index.makers.put(alias.aliasKey, alias.manufacturer);
            index.makerAliases.put(alias.aliasKey, alias.alias);
        }
        Manufacturer.<Manufacturer>listAll().forEach(m -> index.makers.putIfAbsent(Names.key(m.name), m));
        OperatingSystem.<OperatingSystem>listAll().forEach(os -> index.systems.put(Names.key(os.name), os));
        if (withCameras) {
            index.cameras = new HashMap<>();
            Camera.<Camera>list("select c from Camera c join fetch c.site").forEach(index::add);
        }
        return index;
    }

    /** The index an import checks its rows against: for cameras, each batch's are read by {@link #loadCameras}. */
    static EstateIndex forImport(EstateImport.Subject subject) {
        return forImport(subject, null);
    }

    /**
     * The same with the partner's asset tags' ids as an earlier chunk of the same commit read them ({@link #tagIds()};
     * null: read them now). They stay true for the chunks after it: the file's tags are unique within it, so no later
     * row names a camera an earlier chunk made, and a camera someone else adds meanwhile with a tag of the file is
     * refused by the database's unique index, which names the line.
     */
    static EstateIndex forImport(EstateImport.Subject subject, Map<String, Long> knownTagIds) {
        EstateIndex index = load(false);
        if (subject == EstateImport.Subject.CAMERAS) {
            index.cameras = new HashMap<>();
            index.batch = new HashSet<>();
            index.tagIds = knownTagIds != null ? knownTagIds : tagIdsNow();
        }
        return index;
    }

    /**
     * Every camera's asset tag (lowered) and id, not the camera: a batch then reads its cameras by primary key. Read
     * by lower(asset_tag) instead, the batch could not use an index under row-level security (lower() is not
     * leakproof) and read the partner's every camera once per batch.
     */
    private static Map<String, Long> tagIdsNow() {
        Map<String, Long> tagIds = new HashMap<>();
        for (Object[] row : Panache.getEntityManager()
                .createQuery("select c.assetTag, c.id from Camera c", Object[].class).getResultList()) {
            tagIds.put(lower((String) row[0]), (Long) row[1]);
        }
        return tagIds;
    }

    /** An import's asset tags' ids, as its pass began (null for sites). */
    Map<String, Long> tagIds() {
        return tagIds;
    }

    /** Whether the cameras are read a batch of rows at a time. */
    boolean readsCamerasInBatches() {
        return batch != null;
    }

    /**
     * Holds the cameras with these asset tags in place of the last batch's, in one query and let go of by the session
     * (a camera to change is merged back when it is applied), so memory stays with the batch, not the estate.
     */
    void loadCameras(Collection<String> assetTags) {
        cameras.clear();
        batch.clear();
        assetTags.forEach(tag -> batch.add(lower(tag)));
        if (batch.isEmpty()) {
            return;
        }
        List<Long> ids = batch.stream().map(tagIds::get).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        EntityManager session = Panache.getEntityManager();
        // Rows applied but not yet flushed stay so: they are flushed in their own batches, where a refusal names them.
        for (Camera camera : session.createQuery("select c from Camera c join fetch c.site"
                + " where c.id in ?1", Camera.class).setParameter(1, ids)
                .setFlushMode(FlushModeType.COMMIT).getResultList()) {
            session.detach(camera);
            cameras.put(lower(camera.assetTag), camera);
        }
    }

    void add(Site site) {
        sites.put(lower(site.name), site);
    }

    void add(Recorder recorder) {
        recorders.put(lower(recorder.name), recorder);
    }

    void add(Camera camera) {
        if (cameras != null && batch == null) {
            cameras.put(lower(camera.assetTag), camera);
        }
    }

    Optional<Site> site(String name) {
        return Optional.ofNullable(sites.get(lower(name)));
    }

    Optional<Recorder> recorder(String name) {
        return Optional.ofNullable(recorders.get(lower(name)));
    }

    Optional<Camera> camera(String assetTag) {
        String key = lower(assetTag);
        return cameras != null && (batch == null || batch.contains(key)) ? Optional.ofNullable(cameras.get(key))
                : Camera.byTag(assetTag);
    }

    Optional<Manufacturer> maker(String typed) {
        Manufacturer exact = makers.get(Names.key(typed));
        return Optional.ofNullable(exact != null ? exact : makers.get(Names.keyWithoutSuffix(typed)));
    }

    /** The maker whose name or alias is nearest to what was typed, by its own name. */
    Optional<String> nearestMaker(String typed) {
        return Names.nearest(typed, makerAliases.values()).map(alias -> makers.get(Names.key(alias)).name);
    }

    Optional<OperatingSystem> operatingSystem(String typed) {
        return Optional.ofNullable(systems.get(Names.key(typed)));
    }

    Optional<String> nearestOperatingSystem(String typed) {
        return Names.nearest(typed, systems.values().stream().map(os -> os.name).toList());
    }

    Collection<Site> sites() {
        return sites.values();
    }

    List<String> siteNames() {
        return sites.values().stream().map(s -> s.name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static String lower(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
