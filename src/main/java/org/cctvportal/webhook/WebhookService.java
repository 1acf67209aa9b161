package org.cctvportal.webhook;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;

/**
 * A partner's webhook subscriptions: its manager subscribes a URL to kinds of event (the secret shown once), rotates
 * the secret, pauses, resumes and deletes; the history of attempts is read per subscription. Tenancy comes from the
 * framework and the database's policies; bad input changes nothing.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final int MAX_DESCRIPTION = 120;

    @Inject
    WebhookUrls urls;

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** What a manager asks for: where, a description, and the kinds' wire names. */
    public record Command(String url, String description, List<String> events) {
    }

    /** A subscription with its secret, the one time the secret is shown. */
    public record WithSecret(WebhookSubscription subscription, String secret) {
    }

    /** A page of a subscription's attempts, newest first, with how many there are. */
    public record History(List<WebhookAttempt> attempts, int page, int size, long total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookSubscription> subscriptions() {
        return WebhookSubscription.listed();
    }

    /** One of the caller's subscriptions; another partner's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription subscription(long id) {
        WebhookSubscription found = WebhookSubscription.findById(id);
        if (found == null) {
            throw new NotFoundException("No such webhook subscription");
        }
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(long id, int page, int size) {
        subscription(id);
        return new History(WebhookAttempt.of(id, page - 1, size), page, size, WebhookAttempt.countOf(id));
    }

    public WithSecret create(Command command) {
        String url = command.url() == null ? "" : command.url().strip();
        String description = command.description() == null ? "" : command.description().strip();
        FormErrors errors = new FormErrors();
        if (url.isEmpty()) {
            errors.add("url", "Enter the address events are sent to");
        } else if (url.length() > WebhookUrls.MAX_LENGTH) {
            errors.add("url", "The address must be 2,000 characters or fewer");
        } else {
            urls.refusal(url).ifPresent(why -> errors.add("url", why));
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.add("description", "The description must be 120 characters or fewer");
        }
        Set<String> kinds = kinds(command.events(), errors);
        errors.throwIfAny();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.partnershipId = tenant.partnershipId();
        subscription.url = url;
        subscription.description = description;
        subscription.events = String.join(",", kinds);
        subscription.secret = WebhookSignature.newSecret();
        subscription.status = WebhookSubscription.ACTIVE;
        subscription.createdBy = actor();
        subscription.createdAt = clock.instant();
        subscription.secretRotatedAt = subscription.createdAt;
        subscription.persistAndFlush();
        audit.record("webhook.created", "webhook-subscription", subscription.id.toString(),
                "Subscribed " + url + " to " + subscription.events);
        return new WithSecret(subscription, subscription.secret);
    }

    /** A new secret; the old one stops signing at once. */
    public WithSecret rotate(long id) {
        WebhookSubscription subscription = subscription(id);
        subscription.secret = WebhookSignature.newSecret();
        subscription.secretRotatedAt = clock.instant();
        audit.record("webhook.secret-rotated", "webhook-subscription", subscription.id.toString(),
                "Rotated the signing secret of " + subscription.url);
        return new WithSecret(subscription, subscription.secret);
    }

    /** Paused: no deliveries are sent, and events meanwhile are not kept for it. */
    public WebhookSubscription pause(long id) {
        return status(id, WebhookSubscription.PAUSED, "webhook.paused", "Paused ");
    }

    /** Active again; a failing subscription starts a new run of attempts. */
    public WebhookSubscription resume(long id) {
        return status(id, WebhookSubscription.ACTIVE, "webhook.resumed", "Resumed ");
    }

    /** Deleted with its deliveries and history. */
    public void delete(long id) {
        WebhookSubscription subscription = subscription(id);
        subscription.delete();
        audit.record("webhook.deleted", "webhook-subscription", Long.toString(id), "Deleted the subscription of "
                + subscription.url);
    }

    private WebhookSubscription status(long id, String status, String action, String verb) {
        WebhookSubscription subscription = subscription(id);
        subscription.status = status;
        subscription.consecutiveFailures = 0;
        audit.record(action, "webhook-subscription", subscription.id.toString(), verb + subscription.url);
        return subscription;
    }

    private static Set<String> kinds(List<String> events, FormErrors errors) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String event : events == null ? List.<String>of() : events) {
            if (event != null && !event.isBlank()) {
                kinds.add(event.strip());
            }
        }
        Set<String> unknown = kinds.stream().filter(k -> WebhookEvent.named(k).isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (kinds.isEmpty()) {
            errors.add("events", "Choose at least one kind of event");
        } else if (!unknown.isEmpty()) {
            errors.add("events", "Unknown kind of event: " + String.join(", ", unknown));
        }
        return kinds;
    }

    private String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
