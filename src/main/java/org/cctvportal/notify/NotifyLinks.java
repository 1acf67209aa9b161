package org.cctvportal.notify;

import io.quarkus.qute.TemplateData;

/** The notifications' URLs ({@code {notify:preferences}} in a template). */
@TemplateData(namespace = "notify")
public final class NotifyLinks {

    private NotifyLinks() {
    }

    public static String notifications() {
        return "/notifications";
    }

    public static String badge() {
        return "/notifications/badge";
    }

    public static String read(String id) {
        return "/notifications/" + id + "/read";
    }

    public static String readAll() {
        return "/notifications/read";
    }

    public static String preferences() {
        return "/notifications/preferences";
    }

    public static String deadLetters() {
        return "/notifications/dead-letters";
    }

    public static String resend(String id) {
        return "/notifications/dead-letters/" + id + "/resend";
    }
}
