package org.cctvportal.specification;

/**
 * Fired, in the ratifying transaction and once the change is written, when a partnership admin ratifies a version:
 * every partner of the partnership is now held to it.
 */
public record SpecificationRatified(long versionId, String title) {
}
