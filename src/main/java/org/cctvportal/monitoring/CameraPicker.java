package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;

/**
 * The booking form's camera picker: the partner's cameras in use, searched by asset tag or site and ticked, and the
 * partner's saved groups of cameras (table camera_group), read and written through the estate's
 * {@link CameraDirectory} so only the partner's own cameras are named. Cameras may also be ticked on its
 * {@link PickerMap}.
 */
@ApplicationScoped
public class CameraPicker {

    static final int SHOWN = 40;

    /** One camera the picker lists. */
    public record Row(String tag, String site, boolean ticked) {
    }

    /** The picker as the form shows it: the tag hint, the search, the cameras listed and the saved groups. */
    public record View(String hint, String search, List<Row> rows, List<Choice> groups, String saved,
            PickerMap.View map) {
    }

    @Inject
    CameraDirectory directory;

    @Inject
    Clock clock;

    @Inject
    PickerMap map;

    /** The picker for these form values: the ticked cameras first, then the cameras in use matching the search. */
    public View view(Map<String, String> values, String saved) {
        List<String> ticked = BookingCameras.tags(values.get("pick"));
        List<Row> rows = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (CameraRef camera : directory.ownByTags(ticked).cameras()) {
            rows.add(new Row(camera.assetTag(), camera.siteName(), true));
            shown.add(camera.assetTag());
        }
        String search = values.getOrDefault("cameraSearch", "").strip();
        directory.inUseMatching(search, SHOWN).stream().filter(c -> !shown.contains(c.assetTag()))
                .forEach(c -> rows.add(new Row(c.assetTag(), c.siteName(), false)));
        List<Choice> groups = CameraGroup.listByName().stream()
                .map(g -> new Choice(g.id.toString(), g.name + " (" + g.cameraIds.length + ")")).toList();
        return new View(hint(), search, rows, groups, saved, map.view());
    }

    /** Asset tags in the partner's own format, from two of its cameras in use. */
    String hint() {
        List<String> tags = directory.inUseMatching("", 2).stream().map(CameraRef::assetTag).toList();
        return tags.isEmpty() ? "" : "like " + String.join(", ", tags);
    }

    /** The values with the chosen group's cameras ticked, when "Use this group" was pressed; else as they were. */
    public Map<String, String> withGroup(Map<String, String> values) {
        if (!values.containsKey("useGroup")) {
            return values;
        }
        Map<String, String> changed = new HashMap<>(values);
        CameraGroup group = parseId(values.get("group")) == null ? null
                : CameraGroup.findById(parseId(values.get("group")));
        if (group != null) {
            changed.put("pick", String.join(",", directory.byIds(List.of(group.cameraIds)).stream()
                    .filter(c -> !c.decommissioned()).map(CameraRef::assetTag).toList()));
        }
        return changed;
    }

    /** Saves the ticked and typed cameras as a group under the name given; a group of that name is replaced. */
    @Transactional
    public String save(Map<String, String> values) {
        FormErrors errors = new FormErrors();
        String name = values.getOrDefault("groupName", "").strip();
        if (name.isEmpty()) {
            errors.add("groupName", "Enter a name for the saved group");
        } else if (name.length() > 200) {
            errors.add("groupName", "The name must be 200 characters or fewer");
        }
        List<String> tags = Stream.concat(BookingCameras.tags(values.get("pick")).stream(),
                BookingCameras.tags(values.get("cameras")).stream()).distinct().toList();
        CameraDirectory.TagMatch match = directory.ownByTags(tags);
        if (tags.isEmpty()) {
            errors.add("groupName", "Tick the cameras to save as a group");
        } else if (!match.unknown().isEmpty()) {
            errors.add("groupName", "No camera of yours has the asset tag " + String.join(", ", match.unknown()));
        }
        errors.throwIfAny();
        CameraGroup group = CameraGroup.named(name).orElseGet(CameraGroup::new);
        group.name = group.id == null ? name : group.name;
        group.cameraIds = match.cameras().stream().map(CameraRef::id).toArray(Long[]::new);
        group.savedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        group.persist();
        return group.name;
    }

    private static Long parseId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
