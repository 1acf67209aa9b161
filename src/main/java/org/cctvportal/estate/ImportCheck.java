package org.cctvportal.estate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.web.FormErrors;

/**
 * Every row of a file checked against the estate as it is, with the same rules as the forms, on copies: nothing is
 * changed here. The result says which rows create, update or leave a record as it is, and every problem by line.
 */
final class ImportCheck {

    /** What one good row will do. */
    enum Action {
        CREATE, UPDATE, UNCHANGED
    }

    /** A row that passed, what it will do, and the stored record it matches (null when it creates one). */
    record Planned(ImportRow row, Action action, Object existing) {
    }

    /** A bad row: its line, the CSV column the message is about ("" for the whole row) and the message. */
    public record Problem(int line, String column, String message) {
        public String text() {
            return "Line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
        }
    }

    /** The whole file's verdict. */
    record Result(List<Planned> planned, List<Problem> problems) {
        long count(Action action) {
            return planned.stream().filter(p -> p.action() == action).count();
        }
    }

    private ImportCheck() {
    }

    static Result run(EstateImport.Subject subject, List<ImportRow> rows, EstateIndex index) {
        List<Planned> planned = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String keyField = subject == EstateImport.Subject.CAMERAS ? "assetTag" : "name";
        for (ImportRow row : rows) {
            if (row.problem() != null) {
                problems.add(new Problem(row.line(), "", "This row " + row.problem()));
                continue;
            }
            String key = row.raw().get(keyField);
            Integer earlier = key == null ? null : firstLine.putIfAbsent(key.toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) {
                problems.add(new Problem(row.line(), column(subject, keyField), FieldReader.clip(key)
                        + " is already on line " + earlier + ": each " + (subject == EstateImport.Subject.CAMERAS
                                ? "asset tag" : "site name") + " may appear once in a file"));
                continue;
            }
            FormErrors errors = subject == EstateImport.Subject.CAMERAS ? camera(row, key, index, planned)
                    : site(row, key, index, planned);
            errors.list().forEach(e -> problems.add(new Problem(row.line(), column(subject, e.field()), e.message())));
        }
        return new Result(planned, problems);
    }

    private static FormErrors camera(ImportRow row, String tag, EstateIndex index, List<Planned> planned) {
        Optional<Camera> existing = tag == null ? Optional.empty() : index.camera(tag);
        Camera copy = existing.map(ImportCheck::copy).orElseGet(Camera::new);
        Map<String, String> before = CameraRules.describe(copy);
        FormErrors errors = CameraRules.apply(row.raw(), copy, index).errors();
        if (errors.isEmpty()) {
            planned.add(new Planned(row, existing.isEmpty() ? Action.CREATE
                    : FieldChange.between(before, CameraRules.describe(copy)).isEmpty() ? Action.UNCHANGED
                            : Action.UPDATE, existing.orElse(null)));
        }
        return errors;
    }

    private static FormErrors site(ImportRow row, String name, EstateIndex index, List<Planned> planned) {
        Optional<Site> existing = name == null ? Optional.empty() : index.site(name);
        Site copy = existing.map(ImportCheck::copy).orElseGet(Site::new);
        Map<String, String> before = SiteRules.describe(copy);
        FormErrors errors = SiteRules.apply(row.raw(), copy, index);
        if (errors.isEmpty()) {
            planned.add(new Planned(row, existing.isEmpty() ? Action.CREATE
                    : FieldChange.between(before, SiteRules.describe(copy)).isEmpty() ? Action.UNCHANGED
                            : Action.UPDATE, existing.orElse(null)));
        }
        return errors;
    }

    private static String column(EstateImport.Subject subject, String key) {
        return subject.fields().stream().filter(f -> f.key().equals(key)).map(Field::column).findFirst().orElse(key);
    }

    /** A detached copy, so checking a row never dirties the stored camera. */
    static Camera copy(Camera c) {
        Camera copy = new Camera();
        copy.id = c.id;
        copy.assetTag = c.assetTag;
        copy.site = c.site;
        copy.manufacturer = c.manufacturer;
        copy.model = c.model;
        copy.type = c.type;
        copy.resolutionMp = c.resolutionMp;
        copy.firmware = c.firmware;
        copy.installDate = c.installDate;
        copy.nextMaintenance = c.nextMaintenance;
        copy.status = c.status;
        copy.latitude = c.latitude;
        copy.longitude = c.longitude;
        copy.bearing = c.bearing;
        copy.fieldOfView = c.fieldOfView;
        copy.connection = c.connection;
        copy.recorder = c.recorder;
        return copy;
    }

    static Site copy(Site s) {
        Site copy = new Site();
        copy.id = s.id;
        copy.name = s.name;
        copy.kind = s.kind;
        copy.address = s.address;
        copy.postcode = s.postcode;
        copy.latitude = s.latitude;
        copy.longitude = s.longitude;
        copy.sensitive = s.sensitive;
        return copy;
    }
}
