package org.cctvportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.compliance.ComplianceLinks;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The demo's webhook: Milton Keynes Council's video management system subscribed to bookings, findings and
 * switch-off notices at an address that cannot exist (the {@code .invalid} top-level domain never resolves), with one
 * event waiting. The sender's attempts fail, so its history fills and it is soon marked failing, as a broken receiver
 * would be. Made through the service as a manager would. Idempotent: a partner with any subscription is left as it is.
 */
@ApplicationScoped
public class WebhookDemo implements DemoSeed {

    static final String PARTNER = "tv-milton-keynes";
    static final String PARTNERSHIP = "thames-valley";
    static final String URL = "https://vms.milton-keynes.example.invalid/portal-events";

    private static final Logger LOG = Logger.getLogger(WebhookDemo.class);

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookTriggers triggers;

    @Inject
    UnattendedWork unattended;

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public Set<String> after() {
        return Set.of("partner");
    }

    @Override
    public void seed() {
        boolean made = unattended.forPartner(PARTNER, PARTNERSHIP, () -> {
            if (WebhookSubscription.count() > 0) {
                return false;
            }
            webhooks.create(new WebhookService.Command(URL, "Our video management system (demo: nothing answers)",
                    List.of(WebhookEvent.BOOKING_DECIDED.wireName(), WebhookEvent.FINDINGS_RAISED.wireName(),
                            WebhookEvent.SWITCH_OFF_RAISED.wireName())));
            triggers.enqueue(PARTNER, WebhookEvent.FINDINGS_RAISED, ComplianceLinks.findings(), Map.of("raised", 2));
            return true;
        });
        if (made) {
            LOG.infof("Demo webhook to %s", URL);
        }
    }
}
