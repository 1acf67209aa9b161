package org.cctvportal.compliance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cctvportal.platform.web.CsvCells;
import org.cctvportal.platform.web.CurrentUser;

/**
 * The capital plan: the caller's replacements due per financial year with their cost, a chart and a CSV of every
 * asset in it; for the PCC office, every partner's plan and the partnership's total.
 */
@Path("/capital-plan")
@Authenticated
public class CapitalPlanPages {

    @Inject
    CapitalPlanService plans;

    @Inject
    CurrentUser user;

    /** One partner's row of the partnership table: its cost per year, in the order of the view's years. */
    public record PartnerRow(String name, List<String> costs, long replacements, String total, long unpriced) {
    }

    /** The caller's plan and chart; for the PCC office, the partnership's table and totals. */
    public record PlanView(List<CapitalPlanService.Year> years, BarChart chart, String total, long replacements,
            List<String> partnershipYears, List<PartnerRow> partners, List<String> partnershipTotals,
            String partnershipTotal) {
        public boolean showsPartnership() {
            return partners != null;
        }

        /** The caller's replacements the total leaves out, having no approved product to price them. */
        public long unpriced() {
            return years.stream().mapToLong(CapitalPlanService.Year::unpriced).sum();
        }

        /** The same across the partnership. */
        public long partnershipUnpriced() {
            return partners == null ? 0 : partners.stream().mapToLong(PartnerRow::unpriced).sum();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PlanView view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance plan() {
        // The PCC office's own estate is empty: its plan opens on the partnership's.
        List<CapitalPlanService.Year> years = pcc() ? plans.partnershipYears() : plans.plan();
        BarChart chart = BarChart.of("Replacement cost by financial year", "Estimated cost of the replacements due"
                + " in each financial year", years.stream().map(y -> new BarChart.Value(y.label(),
                        y.cost().doubleValue(), money(y.cost()), "blue")).toList());
        BigDecimal total = years.stream().map(CapitalPlanService.Year::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        long replacements = years.stream().mapToLong(CapitalPlanService.Year::replacements).sum();
        PlanView view = new PlanView(years, chart, money(total), replacements, null, null, null, null);
        if (pcc()) {
            view = withPartnership(view, plans.partnershipPlan());
        }
        return Templates.plan(view);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export() {
        StringWriter out = new StringWriter();
        boolean partnership = pcc();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("financial_year", "asset_type", "asset", "due",
                    "estimated_cost_gbp", "reasons", "cost_note"));
            if (partnership) {
                header.add(1, "partner");
            }
            printer.printRecord(header);
            for (CapitalPlanService.Replacement r : partnership ? plans.partnershipReplacements()
                    : plans.replacements()) {
                List<Object> cells = new ArrayList<>(List.of(CapitalPlanService.label(r.startYear()),
                        r.assetKind().toLowerCase(Locale.ROOT), CsvCells.neutralise(r.asset()), r.due(),
                        r.cost() == null ? "" : r.cost().toPlainString(), CsvCells.neutralise(r.reasons()),
                        r.cost() == null ? NOT_PRICED : ""));
                if (partnership) {
                    cells.add(1, CsvCells.neutralise(r.partnerName()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"capital-plan.csv\"").build();
    }

    private boolean pcc() {
        return CompliancePages.PCC.stream().anyMatch(user::hasRole);
    }

    private static PlanView withPartnership(PlanView view, List<CapitalPlanService.PartnerYear> rows) {
        TreeSet<Integer> startYears = new TreeSet<>();
        rows.forEach(r -> startYears.add(r.startYear()));
        Map<String, Map<Integer, BigDecimal>> byPartner = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> unpriced = new LinkedHashMap<>();
        for (CapitalPlanService.PartnerYear r : rows) {
            byPartner.computeIfAbsent(r.partnerName(), k -> new LinkedHashMap<>()).merge(r.startYear(), r.cost(),
                    BigDecimal::add);
            counts.merge(r.partnerName(), r.replacements(), Long::sum);
            unpriced.merge(r.partnerName(), r.unpriced(), Long::sum);
        }
        List<PartnerRow> partners = byPartner.entrySet().stream().map(e -> new PartnerRow(e.getKey(),
                startYears.stream().map(y -> money(e.getValue().getOrDefault(y, BigDecimal.ZERO))).toList(),
                counts.get(e.getKey()), money(e.getValue().values().stream().reduce(BigDecimal.ZERO,
                        BigDecimal::add)), unpriced.get(e.getKey()))).toList();
        List<String> totals = startYears.stream().map(y -> money(rows.stream().filter(r -> r.startYear() == y)
                .map(CapitalPlanService.PartnerYear::cost).reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
        String total = money(rows.stream().map(CapitalPlanService.PartnerYear::cost).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        List<String> labels = startYears.stream().map(y -> CapitalPlanService.label(y)).toList();
        return new PlanView(view.years(), view.chart(), view.total(), view.replacements(), labels, partners, totals,
                total);
    }

    /** Why a row of the CSV has no cost, so a spreadsheet's sum is not read as the whole cost. */
    static final String NOT_PRICED = "Not priced: the ratified specification approves no product of this type;"
            + " the plan's total leaves it out";

    private static String money(BigDecimal amount) {
        return CapitalPlanService.money(amount);
    }
}
