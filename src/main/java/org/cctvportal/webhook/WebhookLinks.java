package org.cctvportal.webhook;

import io.quarkus.qute.TemplateData;

/** The webhook pages' URLs ({@code {webhook:subscription(s.id)}} in a template). */
@TemplateData(namespace = "webhook")
public final class WebhookLinks {

    private WebhookLinks() {
    }

    public static String subscriptions() {
        return "/webhooks";
    }

    public static String newSubscription() {
        return "/webhooks/new";
    }

    public static String subscription(Long id) {
        return "/webhooks/" + id;
    }

    public static String subscriptionPage(Long id, int page) {
        return "/webhooks/" + id + "?page=" + page;
    }

    public static String rotate(Long id) {
        return "/webhooks/" + id + "/secret";
    }

    public static String pause(Long id) {
        return "/webhooks/" + id + "/pause";
    }

    public static String resume(Long id) {
        return "/webhooks/" + id + "/resume";
    }

    public static String delete(Long id) {
        return "/webhooks/" + id + "/delete";
    }
}
