package org.cctvportal.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.cctvportal.support.CutOff;

/** Notification ids read as the tables' owner, for tests that try another person's. */
final class NotificationIds {

    private NotificationIds() {
    }

    /** The newest notification of the demo user {@code user}. */
    static String newestOf(String user) {
        try (Connection owner = CutOff.owner(); PreparedStatement query = owner.prepareStatement("select n.id from"
                + " notification n join mail_outbox o on o.id = n.id where o.recipient = ?"
                + " order by n.created_at desc limit 1")) {
            query.setString(1, user + NotifyFixture.DEMO_MAIL);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no notification for " + user);
                }
                return row.getString(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
