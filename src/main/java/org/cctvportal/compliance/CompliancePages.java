package org.cctvportal.compliance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;

/**
 * Where the caller's estate falls short of the ratified specification, counted by severity with a chart; the PCC
 * office also sees every partner of its partnership, through the named cross-partner path.
 */
@Path("/compliance")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CompliancePages {

    static final List<String> PCC = List.of(Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST);

    @Inject
    FindingService findings;

    @Inject
    CurrentUser user;

    /** The caller's counts with their chart; for the PCC office, every partner's too. */
    public record OverviewView(FindingService.Counts counts, BarChart chart, List<Severity> severities,
            List<FindingService.PartnerCounts> partners, BarChart partnershipChart) {
        public boolean showsPartnership() {
            return partners != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(OverviewView view);
    }

    @GET
    public TemplateInstance overview() {
        FindingService.Counts counts = findings.counts();
        List<Severity> severities = Arrays.asList(Severity.values());
        BarChart chart = BarChart.of("Open findings by severity", "Your open findings by severity",
                severities.stream().map(s -> new BarChart.Value(s.label(), counts.open(s),
                        Long.toString(counts.open(s)), s.colour())).toList());
        List<FindingService.PartnerCounts> partners = null;
        BarChart partnershipChart = null;
        if (PCC.stream().anyMatch(user::hasRole)) {
            partners = findings.partnershipCounts();
            long[] totals = new long[Severity.values().length];
            for (FindingService.PartnerCounts p : partners) {
                totals[0] += p.critical();
                totals[1] += p.high();
                totals[2] += p.medium();
                totals[3] += p.low();
            }
            partnershipChart = BarChart.of("The partnership's open findings by severity",
                    "Open findings of every partner of the partnership by severity", severities.stream()
                            .map(s -> new BarChart.Value(s.label(), totals[s.ordinal()],
                                    Long.toString(totals[s.ordinal()]), s.colour())).toList());
        }
        return Templates.overview(new OverviewView(counts, chart, severities, partners, partnershipChart));
    }
}
