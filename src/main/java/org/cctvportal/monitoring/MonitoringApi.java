package org.cctvportal.monitoring;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hubs, bookings and statements as JSON, with the same roles and tenancy as the pages. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Monitoring")
public class MonitoringApi {

    static final String[] READERS = { Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR,
        Roles.OPERATOR };

    @Inject
    BookingCameras bookingCameras;

    @Inject
    HubService hubs;

    @Inject
    BookingService bookings;

    @Inject
    HubBookings hubBookings;

    @Inject
    HubDecisions decisions;

    @Inject
    StatementPages statementPages;

    @Inject
    SecurityIdentity identity;

    /** A hub. */
    public record HubJson(long id, String name, String address, int consoles, int camerasPerOperator,
            String openingPattern, List<String> servedPartners, LocalTime openFrom, LocalTime openUntil,
            LocalDate opensOn, LocalDate closesOn, int version) {
        static HubJson of(Hub h) {
            return new HubJson(h.id, h.name, h.address, h.consoles, h.camerasPerOperator, h.openingPattern,
                    List.copyOf(h.servedPartners), h.openFrom, h.openUntil, h.opensOn, h.closesOn, h.version);
        }
    }

    /** A booking. */
    public record BookingJson(long id, String reference, String partnerId, long hubId, String cameraGroup,
            int cameras, String recurrence, Instant startsAt, Instant endsAt, String weekdays, LocalTime localStart,
            LocalTime localEnd, LocalDate firstDate, LocalDate lastDate, String priority, String customerKind,
            String notes, String status, String decisionReason, Instant requestedAt, Instant decidedAt,
            List<String> assetTags, String capacityRefusal, String cancelReason) {
        static BookingJson of(Booking b, List<String> assetTags) {
            return new BookingJson(b.id, b.reference(), b.partnerId, b.hubId, b.cameraGroup, b.cameras,
                    b.recurrence.name(), b.startsAt, b.endsAt, b.weekdays, b.localStart, b.localEnd, b.firstDate,
                    b.lastDate, b.priority.name(), b.customerKind.name(), b.notes, b.status.name(),
                    b.decisionReason, b.requestedAt, b.decidedAt, assetTags,
                    b.status == Booking.Status.REQUESTED ? b.capacityRefusal : null, b.cancelReason);
        }
    }

    private BookingJson json(Booking b) {
        return BookingJson.of(b, bookingCameras.of(b.id).stream().map(BookingCameras.Named::assetTag).toList());
    }

    private List<BookingJson> json(List<Booking> list) {
        Map<Long, List<String>> tags = bookingCameras.tagsOf(list.stream().map(b -> b.id).toList());
        return list.stream().map(b -> BookingJson.of(b, tags.getOrDefault(b.id, List.of()))).toList();
    }

    /**
     * A new booking. Weekly: weekdays (["FRIDAY","SATURDAY"]), localStart and localEnd ("20:00", "04:00"), firstDate and
     * lastDate (ISO dates). One-off: startsAt and endsAt as UK local date-times ("2027-01-08T20:00").
     */
    public record BookingInput(Long hubId, String cameraGroup, List<String> assetTags, Integer cameras,
            String recurrence, List<String> weekdays, String localStart, String localEnd, String firstDate,
            String lastDate, String startsAt, String endsAt, String priority, String notes) {
    }

    /** Why a partner cancels its booking; the hub's supervisor reads it. */
    public record CancelInput(String reason) {
    }

    /** A decline's reason. */
    public record DeclineInput(String reason) {
    }

    /** A partner's statement for a month: total is net of VAT, gross adds the VAT. */
    public record StatementJson(String partnerId, String partnerName, String month, BigDecimal bookedHours,
            BigDecimal deliveredHours, BigDecimal total, BigDecimal vatRate, BigDecimal vat, BigDecimal gross,
            List<Statement.Line> lines) {
    }

    @GET
    @Path("hubs")
    @Operation(summary = "The partnership's hubs")
    public List<HubJson> hubs() {
        return hubs.hubs().stream().map(HubJson::of).toList();
    }

    @GET
    @Path("hubs/{id}")
    @Operation(summary = "One hub")
    public HubJson hub(@PathParam("id") long id) {
        return HubJson.of(hubs.hub(id));
    }

    @GET
    @Path("bookings")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR, Roles.OPERATOR })
    @Operation(summary = "The caller's bookings; for hub staff, every booking at their hubs; paged")
    public ApiPaging.Page<BookingJson> bookings(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        List<Booking> all = identity.hasRole(Roles.HUB_SUPERVISOR) || identity.hasRole(Roles.OPERATOR)
                ? hubBookings.all().stream().map(HubBookings.Named::booking).toList()
                : bookings.mine();
        ApiPaging.Page<Booking> shown = page.slice(all);
        return new ApiPaging.Page<>(json(shown.items()), shown.page(), shown.pageSize(), shown.total());
    }

    @GET
    @Path("bookings/{id}")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR, Roles.OPERATOR })
    @Operation(summary = "One booking")
    public BookingJson booking(@PathParam("id") long id) {
        if (identity.hasRole(Roles.HUB_SUPERVISOR) || identity.hasRole(Roles.OPERATOR)) {
            return json(hubBookings.booking(id).booking());
        }
        return json(bookings.mine(id));
    }

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Request monitoring at a hub that serves the caller's partner")
    public Response request(BookingInput input) {
        bookings.mayBook();
        Map<String, String> values = ApiValues.of(input == null ? new BookingInput(null, null, null, null, null,
                null, null, null, null, null, null, null, null, null) : input);
        Booking booking = bookings.request(BookingForm.read(values, hubs.servingMe(), bookings.today()));
        return Response.created(URI.create("/api/v1/bookings/" + booking.id)).entity(json(booking))
                .build();
    }

    @POST
    @Path("bookings/{id}/approve")
    @RolesAllowed(Roles.HUB_SUPERVISOR)
    @Operation(summary = "Approve a requested booking at the caller's hub (409 with the times when it would overbook)")
    public BookingJson approve(@PathParam("id") long id) {
        decisions.approve(id);
        return json(hubBookings.booking(id).booking());
    }

    @POST
    @Path("bookings/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HUB_SUPERVISOR)
    @Operation(summary = "Decline a requested booking at the caller's hub, with a reason")
    public BookingJson decline(@PathParam("id") long id, DeclineInput input) {
        decisions.decline(id, input == null ? null : input.reason());
        return json(hubBookings.booking(id).booking());
    }

    @POST
    @Path("bookings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Cancel one of the caller's bookings, with the reason the hub reads")
    public BookingJson cancel(@PathParam("id") long id, CancelInput input) {
        return json(bookings.cancel(id, input == null ? null : input.reason()));
    }

    @GET
    @Path("statements")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR, Roles.PARTNERSHIP_ADMIN,
        Roles.PCC_ANALYST })
    @Operation(summary = "Recharge statements for a month (?month=2027-01): own, served, or totals for the PCC office;"
            + " lines are a booking's delivered hours in one band (day, night, weekend) at one tariff")
    public List<StatementJson> statements(@QueryParam("month") String month) {
        StatementPages.View view = statementPages.view(month);
        return view.statements().stream().map(s -> new StatementJson(s.partnerId(), s.partnerName(),
                s.month().toString(), s.bookedHours(), s.deliveredHours(), s.total(), s.vatRate(), s.vat(),
                s.gross(), view.totalsOnly() ? List.of() : s.lines())).toList();
    }

    /** The API's body as the form's fields, so both are checked by {@link BookingForm} alike. */
    static final class ApiValues {
        private ApiValues() {
        }

        static Map<String, String> of(BookingInput in) {
            Map<String, String> values = new java.util.HashMap<>();
            put(values, "hub", in.hubId());
            put(values, "cameraGroup", in.cameraGroup());
            put(values, "cameras", in.assetTags() == null ? null : String.join(" ", in.assetTags()));
            put(values, "cameraCount", in.cameras());
            put(values, "recurrence", in.recurrence());
            put(values, "days", in.weekdays() == null ? null : String.join(",", in.weekdays()));
            put(values, "localStart", in.localStart());
            put(values, "localEnd", in.localEnd());
            date(values, "firstDate", in.firstDate());
            date(values, "lastDate", in.lastDate());
            dateTime(values, "startDate", "startTime", in.startsAt());
            dateTime(values, "endDate", "endTime", in.endsAt());
            put(values, "priority", in.priority());
            put(values, "notes", in.notes());
            return values;
        }

        private static void put(Map<String, String> values, String key, Object value) {
            if (value != null) {
                values.put(key, value.toString());
            }
        }

        private static void date(Map<String, String> values, String key, String iso) {
            if (iso == null) {
                return;
            }
            String[] parts = iso.strip().split("-");
            if (parts.length == 3) {
                values.put(key + "-year", parts[0]);
                values.put(key + "-month", parts[1]);
                values.put(key + "-day", parts[2]);
            } else {
                values.put(key + "-day", iso);
            }
        }

        private static void dateTime(Map<String, String> values, String dateKey, String timeKey, String iso) {
            if (iso == null) {
                return;
            }
            String[] parts = iso.strip().split("T", 2);
            date(values, dateKey, parts[0]);
            if (parts.length == 2) {
                values.put(timeKey, parts[1].length() > 5 ? parts[1].substring(0, 5) : parts[1]);
            }
        }
    }
}
