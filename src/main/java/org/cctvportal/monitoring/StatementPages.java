package org.cctvportal.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;

/**
 * Monthly recharge statements: a partner's own, every partner the caller's hubs serve for the hub supervisor, totals
 * per partner for the PCC office; the same as CSV.
 */
@Path("/statements")
@RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR, Roles.PARTNERSHIP_ADMIN,
    Roles.PCC_ANALYST })
public class StatementPages {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    StatementService statements;

    @Inject
    CurrentUser user;

    @Inject
    StatementPdf pdf;

    /** The month's statements as the caller may read them. */
    public record View(YearMonth month, String title, List<Statement> statements, boolean totalsOnly,
            java.math.BigDecimal vatRate) {
        public java.math.BigDecimal vatPercent() {
            return vatRate.movePointRight(2).stripTrailingZeros();
        }

        public YearMonth previous() {
            return month.minusMonths(1);
        }

        public YearMonth next() {
            return month.plusMonths(1);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("month") String month) {
        return Templates.list(view(month));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("month") String month) {
        View view = view(month);
        return Response.ok(StatementCsv.csv(view.statements(), view.totalsOnly()))
                .header("Content-Disposition", "attachment; filename=\"statements-" + view.month() + ".csv\"")
                .build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("month") String month, @QueryParam("partner") String partner) {
        return pdfOf(view(month), partner);
    }

    /** The view's statements as a PDF; with a partner, only that partner's (not one of the caller's: not found). */
    Response pdfOf(View view, String partner) {
        List<Statement> chosen = partner == null || partner.isBlank() ? view.statements()
                : view.statements().stream().filter(s -> s.partnerId().equals(partner.strip())).toList();
        if (chosen.isEmpty() && partner != null && !partner.isBlank()) {
            throw new jakarta.ws.rs.NotFoundException("No statement of that partner for you this month");
        }
        String name = "statement-" + view.month() + (chosen.size() == 1 && !view.totalsOnly()
                ? "-" + chosen.get(0).partnerId().replaceAll("[^A-Za-z0-9-]", "") : "") + ".pdf";
        return Response.ok(pdf.render(view.title(), view.totalsOnly(), chosen))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    View view(String text) {
        YearMonth month = parse(text, statements.currentMonth());
        boolean pcc = user.hasRole(Roles.PARTNERSHIP_ADMIN) || user.hasRole(Roles.PCC_ANALYST);
        List<Statement> list = pcc ? statements.totals(month)
                : user.hasRole(Roles.HUB_SUPERVISOR) ? statements.served(month) : List.of(statements.own(month));
        return new View(month, MONTH.format(month), list, pcc, statements.vatRate());
    }

    static YearMonth parse(String text, YearMonth current) {
        try {
            return text == null || text.isBlank() ? current : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return current;
        }
    }
}
