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

    /** The month's statements as the caller may read them. */
    public record View(YearMonth month, String title, List<Statement> statements, boolean totalsOnly,
            List<Tariff> tariffs) {
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
        return Response.ok(statements.csv(view.statements(), view.totalsOnly()))
                .header("Content-Disposition", "attachment; filename=\"statements-" + view.month() + ".csv\"")
                .build();
    }

    View view(String text) {
        YearMonth month = parse(text, statements.currentMonth());
        boolean pcc = user.hasRole(Roles.PARTNERSHIP_ADMIN) || user.hasRole(Roles.PCC_ANALYST);
        List<Statement> list = pcc ? statements.totals(month)
                : user.hasRole(Roles.HUB_SUPERVISOR) ? statements.served(month) : List.of(statements.own(month));
        return new View(month, MONTH.format(month), list, pcc, statements.tariffs());
    }

    static YearMonth parse(String text, YearMonth current) {
        try {
            return text == null || text.isBlank() ? current : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return current;
        }
    }
}
