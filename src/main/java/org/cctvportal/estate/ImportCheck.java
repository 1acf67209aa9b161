package org.cctvportal.estate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.web.FormErrors;

/**
 * Every row of a file checked against the estate as it is, with the same rules as the forms, on copies: nothing is
 * changed here. Rows are checked in order as the file is read, {@value #BATCH} at a time (the cameras they name read
 * in one query), and each good row's plan goes to a consumer, so no list of the file's rows is held. The result
 * counts which rows create, update or leave a record as it is, and keeps the first {@value #PROBLEMS_KEPT} problems
 * by line with the number of all of them: a file with more bad rows than that is wrong throughout, and a page of a
 * thousand lines says so as well as a hundred thousand would.
 */
final class ImportCheck {

    /** Rows held to be checked together: the cameras of a batch are read at once. */
    static final int BATCH = 1_000;

    /** Problems kept to show; the rest are counted. */
    static final int PROBLEMS_KEPT = 1_000;

    /** What one good row will do. */
    enum Action {
        CREATE, UPDATE, UNCHANGED
    }

    /**
     * A row that passed, what it will do, and the stored record it matches (null when it creates one); for a new
     * camera, the camera the check built from the row and what the rules found (its status's reason), to be stored as
     * it is rather than built again.
     */
    record Planned(ImportRow row, Action action, Object existing, Camera built, CameraRules.Result rules) {
    }

    /** A bad row: its line, the CSV column the message is about ("" for the whole row) and the message. */
    public record Problem(int line, String column, String message) {
        public String text() {
            return "Line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
        }
    }

    /** The whole file's verdict: what the good rows will do, the problems kept, and how many problems in all. */
    record Result(long toCreate, long toUpdate, long unchanged, List<Problem> problems, long problemCount) {
    }

    private final EstateImport.Subject subject;
    private final EstateIndex index;
    private final Consumer<Planned> planned;
    private final String keyField;
    private final Map<String, Integer> firstLine = new HashMap<>();
    private final long[] counts = new long[Action.values().length];
    private final List<Problem> problems = new ArrayList<>();
    private final List<ImportRow> pending = new ArrayList<>();
    private long problemCount;

    /** A check of one file's rows against {@code index}, handing each good row's plan to {@code planned}. */
    ImportCheck(EstateImport.Subject subject, EstateIndex index, Consumer<Planned> planned) {
        this.subject = subject;
        this.index = index;
        this.planned = planned;
        this.keyField = subject == EstateImport.Subject.CAMERAS ? "assetTag" : "name";
    }

    /** Takes the next row of the file, checked with its batch (or by {@link #result()} for the last one). */
    void check(ImportRow row) {
        pending.add(row);
        if (pending.size() == BATCH) {
            checkPending();
        }
    }

    /** Checks the rows taken and not yet checked, in the order of the file. */
    private void checkPending() {
        if (index.readsCamerasInBatches()) {
            index.loadCameras(pending.stream().filter(row -> row.problem() == null).map(row -> row.raw().get(keyField))
                    .filter(Objects::nonNull).toList());
        }
        for (ImportRow row : pending) {
            checkNow(row);
        }
        pending.clear();
    }

    private void checkNow(ImportRow row) {
        if (row.problem() != null) {
            problem(new Problem(row.line(), "", "This row " + row.problem()));
            return;
        }
        String key = row.raw().get(keyField);
        Integer earlier = key == null ? null : firstLine.putIfAbsent(key.toLowerCase(Locale.ROOT), row.line());
        if (earlier != null) {
            problem(new Problem(row.line(), column(subject, keyField), FieldReader.clip(key)
                    + " is already on line " + earlier + ": each " + (subject == EstateImport.Subject.CAMERAS
                            ? "asset tag" : "site name") + " may appear once in a file"));
            return;
        }
        FormErrors errors = subject == EstateImport.Subject.CAMERAS ? camera(row, key) : site(row, key);
        errors.list().forEach(e -> problem(new Problem(row.line(), column(subject, e.field()), e.message())));
    }

    /** The verdict on every row taken, checking those still waiting first. */
    Result result() {
        if (!pending.isEmpty()) {
            checkPending();
        }
        return new Result(counts[Action.CREATE.ordinal()], counts[Action.UPDATE.ordinal()],
                counts[Action.UNCHANGED.ordinal()], List.copyOf(problems), problemCount);
    }

    private void problem(Problem problem) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    private void plan(ImportRow row, Action action, Object existing, Camera built, CameraRules.Result rules) {
        counts[action.ordinal()]++;
        planned.accept(new Planned(row, action, existing, built, rules));
    }

    private FormErrors camera(ImportRow row, String tag) {
        Optional<Camera> existing = tag == null ? Optional.empty() : index.camera(tag);
        Camera copy = existing.map(ImportCheck::copy).orElseGet(Camera::new);
        Map<String, String> before = CameraRules.describe(copy);
        CameraRules.Result rules = CameraRules.apply(row.raw(), copy, index);
        FormErrors errors = rules.errors();
        if (errors.isEmpty()) {
            if (existing.isEmpty()) {
                plan(row, Action.CREATE, null, copy, rules);
            } else {
                plan(row, FieldChange.between(before, CameraRules.describe(copy)).isEmpty() ? Action.UNCHANGED
                        : Action.UPDATE, existing.get(), null, null);
            }
        }
        return errors;
    }

    private FormErrors site(ImportRow row, String name) {
        Optional<Site> existing = name == null ? Optional.empty() : index.site(name);
        Site copy = existing.map(ImportCheck::copy).orElseGet(Site::new);
        Map<String, String> before = SiteRules.describe(copy);
        FormErrors errors = SiteRules.apply(row.raw(), copy, index);
        if (errors.isEmpty()) {
            plan(row, existing.isEmpty() ? Action.CREATE
                    : FieldChange.between(before, SiteRules.describe(copy)).isEmpty() ? Action.UNCHANGED
                            : Action.UPDATE, existing.orElse(null), null, null);
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
