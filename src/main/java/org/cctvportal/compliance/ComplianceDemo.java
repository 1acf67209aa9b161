package org.cctvportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The demo partnerships' findings, after the demo estates and specifications (local stack only): each partnership's
 * estate is evaluated against its ratified version (a no-op when nothing changed), then two risk acceptances a
 * council would have made: Oxford's, current, and Slough's, which has run out, so its finding is open again.
 * Idempotent: a partner that has accepted any risk is left as it is.
 */
@ApplicationScoped
public class ComplianceDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(ComplianceDemo.class);

    @Inject
    ComplianceEngine engine;

    @Inject
    AuditService audit;

    @Inject
    UnattendedWork unattended;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "compliance";
    }

    @Override
    public Set<String> after() {
        return Set.of("estate", "specification");
    }

    @Override
    public void seed() {
        for (String[] office : new String[][] {{"tv-opcc", "thames-valley"}, {"as-opcc", "avon-somerset"}}) {
            ComplianceEngine.Evaluation evaluation = unattended.forPartner(office[0], office[1],
                    engine::evaluatePartnership);
            LOG.infof("Demo compliance for %s: %s", office[1], evaluation.describe());
        }
        LocalDate today = LocalDate.now(clock);
        unattended.forPartner("tv-oxford-city", "thames-valley", () ->
                accept("OXF-NVR-02", FindingRule.OPERATING_SYSTEM, "oxford.manager", today.minusDays(20),
                        today.plusMonths(5), "A replacement server is ordered for the 2026/27 refresh. Until it "
                        + "arrives the NVR sits behind the partnership firewall with no route to the internet, and "
                        + "the council's IT security lead reviews its logs weekly."));
        unattended.forPartner("tv-slough", "thames-valley", () ->
                accept("SLO-NVR-02", FindingRule.FLAGGED_MAKER, "slough.manager", today.minusMonths(6),
                        today.minusDays(14), "The Britwell estate NVR is on an isolated network; it was to be replaced"
                        + " with the estate's regeneration works, which have slipped."));
    }

    /** Records an acceptance as the manager made it on {@code on}; true when it did. */
    private boolean accept(String asset, FindingRule rule, String manager, LocalDate on, LocalDate until,
            String reason) {
        if (Finding.count("acceptedBy is not null") > 0) {
            return false;
        }
        Finding finding = Finding.<Finding>find("assetLabel = ?1 and rule = ?2 and status = ?3", asset, rule,
                Finding.Status.OPEN).firstResult();
        if (finding == null) {
            return false;
        }
        finding.status = Finding.Status.ACCEPTED;
        finding.acceptedBy = manager;
        finding.acceptedAt = on.atTime(10, 30).toInstant(ZoneOffset.UTC);
        finding.acceptanceReason = reason;
        finding.acceptedUntil = until;
        finding.updatedAt = finding.acceptedAt;
        audit.record("finding.risk-accepted", "finding", finding.id.toString(), "Accepted the risk of "
                + rule.label().toLowerCase() + " on " + asset + " until " + until.format(LondonTimeFormats.DATE)
                + " (demo data, as " + manager + "): " + reason);
        return true;
    }
}
