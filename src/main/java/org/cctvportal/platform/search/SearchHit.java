package org.cctvportal.platform.search;

/**
 * One record found: its kind, id, the reference people quote (an asset tag, "EV-4101"), a title, a line of detail,
 * the link to its page, and the partner whose record it is (its id and name): the PCC office's hits run across the
 * partnership, a hub's staff find other partners' bookings, a force finds what was shared with it.
 */
public record SearchHit(String kind, long id, String reference, String title, String detail, String link,
        String partnerId, String partner) {
}
