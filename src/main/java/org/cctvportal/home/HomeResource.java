package org.cctvportal.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.cctvportal.dashboard.Attention;
import org.cctvportal.dashboard.AttentionPanels;
import org.cctvportal.dashboard.DashboardLinks;
import org.cctvportal.estate.EstateSummary;
import org.cctvportal.partner.Partner;
import org.cctvportal.partner.PartnerService;
import org.cctvportal.partner.Partnership;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.security.SignInService;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.Links;
import org.cctvportal.service.ServiceLinks;

/**
 * The signed-in home page, the sign-in entry point and the page shown after signing out. Home sits above the
 * features (it shows the caller's partner and estate and leads to their dashboard), so the platform knows none.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @Inject
    PartnerService partners;

    @Inject
    SignInService signIn;

    @Inject
    CurrentUser user;

    @Inject
    EstateSummary estate;

    @Inject
    AttentionPanels attention;

    /** What the home page shows: who you are, for which partner, your estate's size, and what you can do. */
    public record HomeView(Partner partner, Partnership partnership, CurrentUser user, Long cameras,
            Attention attention) {
        /** The caller's dashboard, the first place to go; null for roles without one. */
        public String dashboard() {
            if (user.hasRole(Roles.PARTNERSHIP_ADMIN) || user.hasRole(Roles.PCC_ANALYST)) {
                return DashboardLinks.partnershipDashboard();
            }
            if (user.hasRole(Roles.PARTNER_MANAGER) || user.hasRole(Roles.PARTNER_VIEWER)) {
                return DashboardLinks.partnerDashboard();
            }
            if (user.hasRole(Roles.HUB_SUPERVISOR) || user.hasRole(Roles.OPERATOR)) {
                return DashboardLinks.hubDashboard();
            }
            return null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeView view);

        static native TemplateInstance signedOut();

        static native TemplateInstance signInUnavailable(boolean unavailable);
    }

    /** A platform admin, who belongs to no partnership, is led to the service operator's console. */
    @GET
    @Authenticated
    public Response home() {
        if (user.hasRole(Roles.PLATFORM_ADMIN)) {
            return Response.seeOther(URI.create(ServiceLinks.partnerships())).build();
        }
        HomeView view = new HomeView(partners.own(), partners.ownPartnership(), user, estate.cameraCount(), null);
        if (view.dashboard() == null) {
            // Roles without a dashboard land here: this page leads with what needs them.
            view = new HomeView(view.partner(), view.partnership(), user, view.cameras(), attention.home());
        }
        return Response.ok(Templates.home(view)).build();
    }

    /** Sign-in starts here: authentication is required, so Keycloak's page comes first, then home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create(Links.home())).build();
    }

    /**
     * Where a page sends someone not signed in while the sign-in service does not answer (503, asked again shortly);
     * once it answers again the page says so and offers sign-in.
     */
    @GET
    @Path("sign-in-unavailable")
    public Response signInUnavailable() {
        boolean unavailable = !signIn.probe();
        return Response.status(unavailable ? 503 : 200).header("Retry-After", unavailable ? "30" : null)
                .entity(Templates.signInUnavailable(unavailable)).build();
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
