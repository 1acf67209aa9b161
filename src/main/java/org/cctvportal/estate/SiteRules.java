package org.cctvportal.estate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;

/** What makes a site record valid, for the form, the API and every import row. */
final class SiteRules {

    static final List<Field> FIELDS = List.of(
            new Field("name", "name", "Name"),
            new Field("kind", "kind", "Kind"),
            new Field("address", "address", "Address"),
            new Field("postcode", "postcode", "Postcode"),
            new Field("latitude", "latitude", "Latitude"),
            new Field("longitude", "longitude", "Longitude"),
            new Field("sensitive", "sensitive", "Sensitive site"));

    static final List<String> REQUIRED = List.of("name", "kind");

    private SiteRules() {
    }

    static FormErrors apply(RawRecord raw, Site site, EstateIndex index) {
        FieldReader in = new FieldReader(raw, new FormErrors());
        String name = in.text("name", "Name", 120, true, site.name);
        if (name != null) {
            index.site(name).filter(other -> !other.id.equals(site.id)).ifPresent(other -> in.errors()
                    .add("name", "A site called " + other.name + " already exists"));
        }
        SiteKind kind = in.choice("kind", "Kind of site", SiteKind.class, true, site.kind);
        String address = in.text("address", "Address", 300, false, site.address);
        String postcode = in.postcode("postcode", site.postcode);
        Double[] location = in.location(site.latitude, site.longitude);
        Boolean sensitive = in.yesNo("sensitive", "Sensitive site", site.sensitive);
        if (!in.errors().isEmpty()) {
            return in.errors();
        }
        site.name = name;
        site.kind = kind;
        site.address = address;
        site.postcode = postcode;
        site.latitude = location[0];
        site.longitude = location[1];
        site.sensitive = sensitive;
        return in.errors();
    }

    static Map<String, String> describe(Site s) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("Name", s.name);
        view.put("Kind", s.kind == null ? null : s.kind.label());
        view.put("Address", s.address);
        view.put("Postcode", s.postcode);
        view.put("Location", s.latitude == null ? null : s.latitude + ", " + s.longitude);
        view.put("Sensitive site", s.sensitive ? "Yes" : "No");
        return view;
    }

    static Map<String, String> values(Site s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", s.name);
        values.put("kind", s.kind == null ? "" : s.kind.label());
        values.put("address", CameraRules.text(s.address));
        values.put("postcode", CameraRules.text(s.postcode));
        values.put("latitude", CameraRules.text(s.latitude));
        values.put("longitude", CameraRules.text(s.longitude));
        values.put("sensitive", s.sensitive ? "yes" : "no");
        return values;
    }
}
