package org.cctvportal.platform.web;

import java.util.List;

/**
 * Links a feature puts in the header's account area for the signed-in person (the notifications' bell, with its
 * unread count), so the layout knows no feature. {@code liveUrl}, when set, is fetched by HTMX every minute and its
 * answer replaces the link's text.
 */
public interface AccountLink {

    /** One link: its text, and a count shown after it when above zero ("3", read out as "3 unread"). */
    record Link(int order, String label, String href, String liveUrl, String testId, long count,
            String countMeaning) {
    }

    /** The links for the signed-in person; none when they have nothing here. */
    List<Link> links();
}
