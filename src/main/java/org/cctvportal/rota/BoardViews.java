package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.web.LondonTime;

/**
 * What a hub's board shows at an instant, for the signed-in board and the wall screen alike: who is on now, whose
 * cameras are watched now, the gaps in the next 12 hours and the next shift, read as the hub's operator partner.
 */
@ApplicationScoped
public class BoardViews {

    static final int REFRESH_SECONDS = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    @Inject
    ShiftService shiftService;

    @Inject
    CoverageService coverage;

    @Inject
    HubDirectory hubs;

    /** A partner's camera group being watched now. */
    public record Watched(String partner, String group, int cameras, String until) {
    }

    /**
     * The board at one instant. {@code updated} is the London time of this reading to the second; {@code refreshUrl}
     * is where the page asks for the next one.
     */
    public record BoardView(HubRef hub, String now, String updated, List<ShiftService.ShiftRow> onNow,
            List<Watched> watched, List<CoverageService.Gap> gaps, ShiftService.ShiftRow next, int refreshSeconds,
            String refreshUrl) {
    }

    BoardView view(long hubId, Instant now, String refreshUrl) {
        HubRef hub = shiftService.myHub(hubId);
        List<ShiftService.ShiftRow> around = shiftService.shifts(hubId, now.minus(Duration.ofHours(16)),
                now.plus(Duration.ofDays(2)));
        List<ShiftService.ShiftRow> onNow = around.stream().filter(r -> r.shift().overlaps(now, now.plusNanos(1000)))
                .toList();
        ShiftService.ShiftRow next = around.stream().filter(r -> r.shift().startsAt.isAfter(now)).findFirst()
                .orElse(null);
        Map<String, String> names = hubs.servedPartnerNames(hub);
        List<Watched> watched = new ArrayList<>();
        for (HubDirectory.Watched w : hubs.watchedAt(hubId, now)) {
            watched.add(new Watched(names.getOrDefault(w.partnerId(), w.partnerId()), w.cameraGroup(), w.cameras(),
                    TIME.format(w.until().atZone(LondonTime.ZONE))));
        }
        return new BoardView(hub, TIME.format(now.atZone(LondonTime.ZONE)), SECONDS.format(now.atZone(LondonTime.ZONE)),
                onNow, watched, coverage.gaps(hubId, now, now.plus(Duration.ofHours(12))), next, REFRESH_SECONDS,
                refreshUrl);
    }
}
