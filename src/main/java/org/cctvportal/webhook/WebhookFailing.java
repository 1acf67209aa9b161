package org.cctvportal.webhook;

/**
 * Fired, in a transaction of the subscription's partner, when a subscription's deliveries have failed so many times in
 * a row that it is marked failing: whoever tells the partner's managers (notifications) reacts.
 */
public record WebhookFailing(long subscriptionId, String partnerId, String url, int failures) {
}
