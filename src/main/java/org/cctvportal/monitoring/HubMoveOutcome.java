package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A move's result read back after the redirect that follows it: the address names the partner, the two hubs, the day
 * and each booking's old and new reference; the page shows only what the caller's operator can see of them (both hubs
 * its own, each new booking the partner's at the target), with each new booking's status as it is now.
 */
@ApplicationScoped
public class HubMoveOutcome {

    @Inject
    HubMoves moves;

    @Inject
    HubAdministration administration;

    /** The result page's address for a move just done. */
    public static String link(HubMoves.Result result) {
        return MonitoringLinks.hubMoveDone() + "?partner=" + URLEncoder.encode(result.partnerId(),
                StandardCharsets.UTF_8) + "&source=" + result.source().id + "&target=" + result.target().id
                + "&from=" + result.from() + "&moved=" + result.moved().stream()
                        .map(m -> m.fromBooking() + "-" + m.toBooking()).collect(Collectors.joining(","));
    }

    /** The move the address names, as the caller's operator sees it now; anything else is not found. */
    public HubMoves.Result read(String partner, String source, String target, String from, String moved) {
        if (!administration.runsHubs()) {
            throw new NotFoundException("Only a monitoring operator moves bookings between its hubs");
        }
        Hub sourceHub = moves.operatedOrNull(number(source));
        Hub targetHub = moves.operatedOrNull(number(target));
        if (sourceHub == null || targetHub == null || partner == null || partner.isBlank()) {
            throw new NotFoundException("No such move");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(from == null ? "" : from);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("No such move");
        }
        List<HubMoves.Moved> shown = new ArrayList<>();
        for (String pair : (moved == null ? "" : moved).split(",")) {
            String[] ids = pair.split("-", -1);
            Long was = ids.length == 2 ? number(ids[0]) : null;
            Long now = ids.length == 2 ? number(ids[1]) : null;
            Booking booking = now == null ? null : Booking.findById(now);
            if (was != null && booking != null && targetHub.id.equals(booking.hubId)
                    && partner.equals(booking.partnerId)) {
                shown.add(new HubMoves.Moved(was, now, booking.status.name()));
            }
        }
        return new HubMoves.Result(partner, moves.nameOf(partner), sourceHub, targetHub, day, shown);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
