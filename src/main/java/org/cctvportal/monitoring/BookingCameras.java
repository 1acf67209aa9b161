package org.cctvportal.monitoring;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.estate.Camera;
import org.cctvportal.estate.CameraStatus;
import org.cctvportal.platform.web.FormErrors;

/**
 * The cameras a booking names (table booking_camera): resolved from the partner's own asset tags when it books, and
 * read back for its page and the API. Only cameras the caller may read are listed.
 */
public final class BookingCameras {

    /** One named camera, with its site, for the booking's page. */
    public record Named(long id, String assetTag, String siteName) {
    }

    private BookingCameras() {
    }

    /** Asset tags as typed: separated by commas or spaces, each once. */
    static List<String> tags(String value) {
        return java.util.Arrays.stream((value == null ? "" : value).strip().split("[,\\s]+"))
                .filter(tag -> !tag.isBlank()).map(String::strip).distinct().toList();
    }

    /** The caller's own cameras with these tags, in order; a message on {@code cameras} for any unknown or out of use. */
    static List<Camera> resolve(List<String> tags, String partnerId, FormErrors errors) {
        List<Camera> found = tags.isEmpty() ? List.of()
                : Camera.<Camera>list("lower(assetTag) in ?1 and partnerId = ?2",
                        tags.stream().map(BookingCameras::lower).toList(), partnerId);
        Map<String, Camera> byTag = found.stream().collect(Collectors.toMap(c -> lower(c.assetTag), c -> c,
                (a, b) -> a, LinkedHashMap::new));
        List<String> unknown = tags.stream().filter(tag -> !byTag.containsKey(lower(tag))).toList();
        if (!unknown.isEmpty()) {
            errors.add("cameras", "No camera of yours has the asset tag " + String.join(", ", unknown));
        }
        List<String> retired = found.stream().filter(c -> c.status == CameraStatus.DECOMMISSIONED)
                .map(c -> c.assetTag).toList();
        if (!retired.isEmpty()) {
            errors.add("cameras", "Camera " + String.join(", ", retired)
                    + (retired.size() == 1 ? " is" : " are") + " decommissioned: book only cameras in use");
        }
        return tags.stream().map(tag -> byTag.get(lower(tag))).filter(java.util.Objects::nonNull).toList();
    }

    static void link(long bookingId, String partnerId, List<Camera> cameras) {
        for (Camera camera : cameras) {
            Panache.getEntityManager().createNativeQuery(
                    "insert into booking_camera (booking_id, camera_id, partner_id) values (?1, ?2, ?3)")
                    .setParameter(1, bookingId).setParameter(2, camera.id).setParameter(3, partnerId)
                    .executeUpdate();
        }
    }

    /** The cameras a booking names, by asset tag. */
    @SuppressWarnings("unchecked")
    public static List<Named> of(long bookingId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select c.id, c.asset_tag, s.name "
                + "from booking_camera bc join camera c on c.id = bc.camera_id join site s on s.id = c.site_id "
                + "where bc.booking_id = ?1 order by c.asset_tag").setParameter(1, bookingId).getResultList();
        return rows.stream().map(r -> new Named(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    /** Asset tags of several bookings at once, for the API's lists. */
    @SuppressWarnings("unchecked")
    static Map<Long, List<String>> tagsOf(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select bc.booking_id, c.asset_tag "
                + "from booking_camera bc join camera c on c.id = bc.camera_id where bc.booking_id = any(?1) "
                + "order by c.asset_tag").setParameter(1, bookingIds.toArray(Long[]::new)).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    static String lower(String tag) {
        return tag.toLowerCase(java.util.Locale.ROOT);
    }
}
