package org.cctvportal.platform.tenancy;

/**
 * The kinds of secret link whose holder reads without a sign-in, each named with what it may read. Adding a kind
 * here is the only way to open such a read; {@link SecretLinkWork} runs each as the secret's owner partner.
 */
public enum SecretLink {

    /** An operator's calendar feed: that operator's own shifts at their partner's hubs, as iCalendar. */
    CALENDAR_FEED,

    /**
     * A wall screen's cookie: the board of the one hub the screen was started for (who is on, whose cameras are
     * watched, gaps, the next shift), and the screen's own last-seen time; nothing else, and only while it is live.
     */
    WALL_SCREEN,

    /** A disclosure package's share link: that one package's zip, until the link's expiry; nothing else. */
    DISCLOSURE_PACKAGE
}
