package org.cctvportal.estate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a form, an API call or an import row is checked against: the partner's sites and recorders by name, the
 * partnership's manufacturers by every alias and its operating systems. An import loads the cameras too, so a
 * hundred thousand rows are checked without a query each.
 */
final class EstateIndex {

    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Recorder> recorders = new HashMap<>();
    private final Map<String, Manufacturer> makers = new HashMap<>();
    private final Map<String, String> makerAliases = new HashMap<>();
    private final Map<String, OperatingSystem> systems = new HashMap<>();
    private Map<String, Camera> cameras;

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

    void add(Site site) {
        sites.put(lower(site.name), site);
    }

    void add(Recorder recorder) {
        recorders.put(lower(recorder.name), recorder);
    }

    void add(Camera camera) {
        if (cameras != null) {
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
        return cameras != null ? Optional.ofNullable(cameras.get(lower(assetTag))) : Camera.byTag(assetTag);
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
