package org.cctvportal.platform.search;

/**
 * One record found: its kind, id, the reference people quote (an asset tag, "EV-4101"), a title, a line of detail and
 * the link to its page.
 */
public record SearchHit(String kind, long id, String reference, String title, String detail, String link) {
}
