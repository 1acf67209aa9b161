package org.cctvportal.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * Sends the deliveries after the changes that wrote them have committed, on every replica at once (each claims its
 * own rows, see {@link WebhookQueue}): a signed POST that any 2xx answer accepts. Redirects are not followed, and the
 * address is checked again before each attempt, so a receiver cannot steer the portal at its own network.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    @Inject
    WebhookQueue queue;

    @Inject
    WebhookUrls urls;

    @Inject
    WebhookConfig config;

    @Inject
    UnattendedWork unattended;

    @Inject
    Event<WebhookFailing> failing;

    @Inject
    Clock clock;

    private HttpClient http;

    @Scheduled(identity = "send-webhooks", every = "${portal.webhooks.send-every}",
            delayed = "${portal.webhooks.send-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue(JobRuns.INSTANCE);
    }

    /** Claims and sends what is due as {@code sender}; answers how many were delivered. */
    @ActivateRequestContext
    public int sendDue(String sender) {
        int delivered = 0;
        List<WebhookQueue.Claimed> claimed;
        do {
            claimed = queue.claim(sender, config.batch());
            for (WebhookQueue.Claimed delivery : claimed) {
                WebhookQueue.Outcome outcome = attempt(delivery);
                delivered += outcome.delivered() ? 1 : 0;
                if (queue.note(delivery, sender, outcome)) {
                    unattended.forPartner(delivery.partnerId(), delivery.partnershipId(), () -> {
                        failing.fire(new WebhookFailing(delivery.subscriptionId(), delivery.partnerId(),
                                delivery.url(), config.failingAfter()));
                        return null;
                    });
                }
            }
        } while (claimed.size() == config.batch());
        return delivered;
    }

    private WebhookQueue.Outcome attempt(WebhookQueue.Claimed delivery) {
        Optional<String> refused = urls.refusalToSend(delivery.url());
        if (refused.isPresent()) {
            return new WebhookQueue.Outcome(null, refused.get());
        }
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "CCTV-Partnership-Portal-Webhooks")
                .header("Portal-Event", delivery.kind())
                .header("Portal-Delivery", delivery.id().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), now, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
        try {
            int status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? new WebhookQueue.Outcome(status, null)
                    : new WebhookQueue.Outcome(status, "The receiver answered " + status);
        } catch (IOException e) {
            LOG.debugf("Delivery %s not sent (attempt %d): %s", delivery.id(), delivery.attempts(), e.toString());
            return new WebhookQueue.Outcome(null, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookQueue.Outcome(null, "Interrupted while sending");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "No answer within the time allowed";
        }
        if (e instanceof java.net.ConnectException) {
            return "Could not connect";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }
}
