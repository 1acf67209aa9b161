package org.cctvportal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.AccountLink;
import org.jboss.logging.Logger;

/**
 * The bell in the header: "Notifications" with the unread count, refreshed every minute by HTMX, and the way to
 * "Notification settings", the choices page every e-mail's footer also leads to.
 */
@ApplicationScoped
public class NotifyAccountLink implements AccountLink {

    private static final Logger LOG = Logger.getLogger(NotifyAccountLink.class);

    @Inject
    Notifications notifications;

    @Inject
    TenantContext tenant;

    @Override
    public List<Link> links() {
        if (!tenant.hasPartner()) {
            return List.of();
        }
        long unread;
        try {
            unread = notifications.unread();
        } catch (RuntimeException e) {
            // An error page (the database away) still has its header: the link, without a count.
            LOG.debugf("no unread count for the header: %s", e.getMessage());
            unread = 0;
        }
        return List.of(new Link(10, "Notifications", NotifyLinks.notifications(), NotifyLinks.badge(),
                "notifications-link", unread, "unread"),
                new Link(20, "Notification settings", NotifyLinks.preferences(), null, "notification-settings-link", 0,
                        ""));
    }
}
