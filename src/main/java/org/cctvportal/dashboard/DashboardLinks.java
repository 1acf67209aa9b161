package org.cctvportal.dashboard;

import io.quarkus.qute.TemplateData;

/** The dashboards' URLs ({@code {dashboard:hubDashboard}} in a template). */
@TemplateData(namespace = "dashboard")
public final class DashboardLinks {

    private DashboardLinks() {
    }

    public static String dashboard() {
        return "/dashboard";
    }

    public static String partnershipDashboard() {
        return "/dashboard/partnership";
    }

    public static String partnershipDashboardRefresh() {
        return "/dashboard/partnership/refresh";
    }

    public static String partnershipDashboardCameras() {
        return "/dashboard/partnership/cameras";
    }

    public static String partnerDashboard() {
        return "/dashboard/partner";
    }

    public static String hubDashboard() {
        return "/dashboard/hub";
    }
}
