package org.cctvportal.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cctvportal.dashboard.DashboardPages.FiguresView;
import org.cctvportal.dashboard.DashboardPages.Line;

/**
 * The PCC office's and a council's dashboard figures as JSON: the lines the page shows (the same keys, in the same
 * order), each with its number rather than its text, read from the same taken figures.
 */
public record DashboardJson(Instant asAt, Instant oldest, long partnersTaken, Map<String, Long> cameras,
        Map<String, Long> findings, Map<String, Long> risks, List<CapitalYear> capitalPlan, List<Hub> hubs,
        Map<String, Long> evidence, List<RechargeMonth> recharge, List<DashboardReads.PartnerLine> partners) {

    /** One financial year of the capital plan: replacements due, their cost, and those no approved product prices. */
    public record CapitalYear(String financialYear, long replacements, BigDecimal cost, long unpriced) {
    }

    /** One hub's monitoring this month and its rota gaps in the next 14 days. */
    public record Hub(long id, String name, BigDecimal bookedHours, BigDecimal deliveredHours, long gaps,
            BigDecimal gapHours) {
    }

    /** One month's recharge, net of VAT, in pounds: in all and per kind of customer. */
    public record RechargeMonth(String month, BigDecimal amount, BigDecimal council, BigDecimal business,
            BigDecimal police) {
    }

    static DashboardJson of(DashboardReads.Snapshot snapshot, FiguresView view) {
        DashboardReads.Amounts t = snapshot.totals();
        List<CapitalYear> capital = t.items("CAPITAL_COUNT").entrySet().stream().map(e -> new CapitalYear(
                org.cctvportal.compliance.CapitalPlanService.label(Integer.parseInt(e.getKey())),
                e.getValue().longValue(), t.of("CAPITAL_COST", e.getKey()),
                t.count("CAPITAL_UNPRICED", e.getKey()))).toList();
        List<Hub> hubs = view.hubs().stream().map(h -> {
            String key = Long.toString(h.id());
            return new Hub(h.id(), h.name(), t.of("BOOKED_HOURS", key), t.of("DELIVERED_HOURS", key),
                    t.count("GAPS", key), t.of("GAP_HOURS", key));
        }).toList();
        List<RechargeMonth> recharge = view.recharge().stream().map(l -> new RechargeMonth(l.key(),
                t.of("RECHARGE", l.key()), t.of("RECHARGE_KIND", l.key() + "/COUNCIL"),
                t.of("RECHARGE_KIND", l.key() + "/BUSINESS"), t.of("RECHARGE_KIND", l.key() + "/POLICE"))).toList();
        return new DashboardJson(snapshot.asAt(), snapshot.oldest(), snapshot.partnersTaken(),
                counts(view.statuses(), k -> t.count("CAMERAS", k)), counts(view.severities(),
                        k -> t.count("FINDINGS", k)), counts(view.risks(), k -> t.count("RISKS", k)), capital, hubs,
                counts(view.evidence(), k -> t.count("EVIDENCE", k)), recharge, snapshot.partners());
    }

    private static Map<String, Long> counts(List<Line> lines, Function<String, Long> count) {
        Map<String, Long> counts = new LinkedHashMap<>();
        lines.forEach(l -> counts.put(l.key(), count.apply(l.key())));
        return counts;
    }
}
