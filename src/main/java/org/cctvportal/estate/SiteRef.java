package org.cctvportal.estate;

/** A site as other features read it: its id and name. */
public record SiteRef(long id, String name) {
}
