package org.cctvportal.estate;

/** A manufacturer of the partnership's reference data, as other features read it. */
public record MakerRef(long id, String name) {
}
