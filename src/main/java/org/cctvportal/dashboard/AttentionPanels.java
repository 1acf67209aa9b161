package org.cctvportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.cctvportal.assurance.AssuranceLinks;
import org.cctvportal.assurance.AssuranceSummary;
import org.cctvportal.evidence.EvidenceFigures;
import org.cctvportal.evidence.EvidenceLinks;
import org.cctvportal.monitoring.MonitoringFigures;
import org.cctvportal.monitoring.MonitoringLinks;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.CurrentUser;

/**
 * The "Needs attention" panels: the lines the taken figures give (critical findings, rota gaps) with those read now
 * through what other features publish, each only for a role that may open the rows it leads to.
 */
@ApplicationScoped
public class AttentionPanels {

    @Inject
    MonitoringFigures monitoring;

    @Inject
    EvidenceFigures evidence;

    @Inject
    AssuranceSummary assurance;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The PCC office's: the figures' lines, open switch-off notices and overdue subject access requests. */
    Attention partnership(List<Attention.Item> figures, AssuranceSummary.Summary summary) {
        return Attention.builder().addAll(figures)
                .add("switch-off-notices", summary.openNotices(), "switch-off notice open",
                        "switch-off notices open", AssuranceLinks.openNotices())
                .add("overdue-requests", summary.overdueRequests().size(), "subject access request overdue",
                        "subject access requests overdue", "#overdue-requests")
                .build();
    }

    /** A council's: the figures' lines, its bookings waiting and, for its managers, its registers and shares. */
    Attention partner(List<Attention.Item> figures) {
        Attention.Builder attention = Attention.builder().addAll(figures)
                .add("bookings-waiting", monitoring.waitingBookings(tenant.requirePartner()),
                        "booking waiting for the hub's decision", "bookings waiting for the hub's decision",
                        MonitoringLinks.bookingsWith("status", "REQUESTED"));
        if (user.hasRole(Roles.PARTNER_MANAGER)) {
            overdueRequests(attention);
            sharesEnding(attention);
        }
        return attention.build();
    }

    /** The home page's, for the roles without a dashboard: an evidence officer's requests and shares. */
    public Attention home() {
        Attention.Builder attention = Attention.builder();
        if (user.hasRole(Roles.EVIDENCE_OFFICER)) {
            overdueRequests(attention);
            sharesEnding(attention);
        }
        return attention.build();
    }

    private void overdueRequests(Attention.Builder attention) {
        attention.add("overdue-requests", assurance.overdueOwnRequests(), "subject access request overdue",
                "subject access requests overdue", AssuranceLinks.overdueRequests());
    }

    private void sharesEnding(Attention.Builder attention) {
        attention.add("shares-expiring", evidence.itemsSharedUntilSoon(tenant.requirePartner(), clock.instant()),
                "evidence item with a share ending within the week",
                "evidence items with a share ending within the week",
                EvidenceLinks.evidenceWithSharesEnding());
    }
}
