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
 * A move's result carried through the redirect that follows it: the address names the partner, the two hubs, the day
 * and each booking's old and new reference with its status at the move (A approved, R waiting). It is shown only to
 * the operator's manager of both hubs and for a partner the target now serves; the references are the move's answer,
 * not read again (the operator's managers do not read other partners' bookings), so a reload moves nothing.
 */
@ApplicationScoped
public class HubMoveOutcome {

    private static final java.util.Map<String, String> STATUSES = java.util.Map.of("A", "APPROVED", "R", "REQUESTED");

    @Inject
    HubMoves moves;

    @Inject
    HubAdministration administration;


    /** The result page's address for a move just done. */
    public static String link(HubMoves.Result result) {
        return MonitoringLinks.hubMoveDone() + "?partner=" + URLEncoder.encode(result.partnerId(),
                StandardCharsets.UTF_8) + "&source=" + result.source().id + "&target=" + result.target().id
                + "&from=" + result.from() + "&moved=" + result.moved().stream()
                        .map(m -> m.fromBooking() + "-" + m.toBooking() + "-" + m.status().charAt(0))
                        .collect(Collectors.joining(","));
    }

    /** The move the address carries, for the caller's own two hubs; anything else is not found. */
    public HubMoves.Result read(String partner, String source, String target, String from, String moved) {
        if (!administration.runsHubs()) {
            throw new NotFoundException("Only a monitoring operator moves bookings between its hubs");
        }
        Hub sourceHub = moves.operatedOrNull(number(source));
        Hub targetHub = moves.operatedOrNull(number(target));
        if (sourceHub == null || targetHub == null || partner == null || !targetHub.serves(partner)) {
            throw new NotFoundException("No such move");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(from == null ? "" : from);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("No such move");
        }
        List<HubMoves.Moved> shown = new ArrayList<>();
        for (String entry : (moved == null ? "" : moved).split(",")) {
            String[] parts = entry.split("-", -1);
            Long was = parts.length == 3 ? number(parts[0]) : null;
            Long now = parts.length == 3 ? number(parts[1]) : null;
            String status = parts.length == 3 ? STATUSES.get(parts[2]) : null;
            if (was != null && now != null && status != null) {
                shown.add(new HubMoves.Moved(was, now, status));
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
