package org.cctvportal.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event a subscription can take, each with the name its deliveries carry ({@code Portal-Event}). */
public enum WebhookEvent {

    BOOKING_DECIDED("booking.decided", "A hub approves or declines one of your bookings"),
    EVIDENCE_SHARED("evidence.shared", "Evidence is shared with your partner"),
    FINDINGS_RAISED("finding.raised",
            "A change to your estate, or a newly ratified specification, raises compliance findings"),
    SWITCH_OFF_RAISED("switch-off-notice.raised", "Switch-off notices are raised for your partner");

    private final String wireName;
    private final String label;

    WebhookEvent(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** The kind with this name as deliveries carry it. */
    public static Optional<WebhookEvent> named(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
