package org.cctvportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.assurance.AssuranceLinks;
import org.cctvportal.assurance.AssuranceSummary;
import org.cctvportal.monitoring.MonitoringFigures;
import org.cctvportal.monitoring.MonitoringLinks;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * The "Needs attention" panels of the PCC office's and a council's dashboards: the lines the taken figures give
 * (critical findings, rota gaps) with those read now through what other features publish.
 */
@ApplicationScoped
class AttentionPanels {

    @Inject
    MonitoringFigures monitoring;

    @Inject
    TenantContext tenant;

    /** The PCC office's: the figures' lines, open switch-off notices and overdue subject access requests. */
    Attention partnership(List<Attention.Item> figures, AssuranceSummary.Summary summary) {
        return Attention.builder().addAll(figures)
                .add("switch-off-notices", summary.openNotices(), "switch-off notice open",
                        "switch-off notices open", AssuranceLinks.notices())
                .add("overdue-requests", summary.overdueRequests().size(), "subject access request overdue",
                        "subject access requests overdue", "#overdue-requests")
                .build();
    }

    /** A council's: the figures' lines and its bookings waiting for a hub's decision. */
    Attention partner(List<Attention.Item> figures) {
        return Attention.builder().addAll(figures)
                .add("bookings-waiting", monitoring.waitingBookings(tenant.requirePartner()),
                        "booking waiting for the hub's decision", "bookings waiting for the hub's decision",
                        MonitoringLinks.bookingsWith("status", "REQUESTED"))
                .build();
    }
}
