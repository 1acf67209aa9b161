package org.cctvportal.monitoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.web.FormErrors;

/**
 * The cameras a booking names (table booking_camera): resolved from the partner's own asset tags when it books, and
 * read back for its page and the API through the estate's {@link CameraDirectory}. Only cameras the caller may read
 * are listed.
 */
@ApplicationScoped
public class BookingCameras {

    /** One named camera, with its site, for the booking's page. */
    public record Named(long id, String assetTag, String siteName) {
    }

    @Inject
    CameraDirectory directory;

    /** Asset tags as typed: separated by commas or spaces, each once. */
    static List<String> tags(String value) {
        return java.util.Arrays.stream((value == null ? "" : value).strip().split("[,\\s]+"))
                .filter(tag -> !tag.isBlank()).map(String::strip).distinct().toList();
    }

    /** The caller's own cameras with these tags, in order; a message on {@code cameras} for any unknown or out of use. */
    List<CameraRef> resolve(List<String> tags, FormErrors errors) {
        CameraDirectory.TagMatch match = directory.ownByTags(tags);
        List<String> unknown = match.unknown();
        if (!unknown.isEmpty()) {
            errors.add("cameras", "No camera of yours has the asset tag " + String.join(", ", unknown));
        }
        List<String> retired = match.byTag().values().stream().filter(CameraRef::decommissioned)
                .map(CameraRef::assetTag).toList();
        if (!retired.isEmpty()) {
            errors.add("cameras", "Camera " + String.join(", ", retired)
                    + (retired.size() == 1 ? " is" : " are") + " decommissioned: book only cameras in use");
        }
        return match.cameras();
    }

    static void link(long bookingId, String partnerId, List<CameraRef> cameras) {
        for (CameraRef camera : cameras) {
            Panache.getEntityManager().createNativeQuery(
                    "insert into booking_camera (booking_id, camera_id, partner_id) values (?1, ?2, ?3)")
                    .setParameter(1, bookingId).setParameter(2, camera.id()).setParameter(3, partnerId)
                    .executeUpdate();
        }
    }

    /** The cameras a booking names, by asset tag. */
    public List<Named> of(long bookingId) {
        return directory.byIds(cameraIds(List.of(bookingId)).keySet()).stream()
                .map(c -> new Named(c.id(), c.assetTag(), c.siteName())).toList();
    }

    /** Asset tags of several bookings at once, for the API's lists. */
    Map<Long, List<String>> tagsOf(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> bookingsByCamera = cameraIds(bookingIds);
        Map<Long, List<String>> tags = new HashMap<>();
        for (CameraRef camera : directory.byIds(bookingsByCamera.keySet())) {
            for (Long booking : bookingsByCamera.get(camera.id())) {
                tags.computeIfAbsent(booking, k -> new java.util.ArrayList<>()).add(camera.assetTag());
            }
        }
        return tags;
    }

    /** The bookings naming each camera, for these bookings: one query. */
    @SuppressWarnings("unchecked")
    private static Map<Long, List<Long>> cameraIds(Collection<Long> bookingIds) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select bc.camera_id, bc.booking_id"
                + " from booking_camera bc where bc.booking_id = any(?1)")
                .setParameter(1, bookingIds.toArray(Long[]::new)).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(), LinkedHashMap::new,
                Collectors.mapping(r -> ((Number) r[1]).longValue(), Collectors.toList())));
    }
}
