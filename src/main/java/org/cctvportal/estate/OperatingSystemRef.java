package org.cctvportal.estate;

import java.time.LocalDate;

/** An operating system of the partnership's reference data with its end of support, as other features read it. */
public record OperatingSystemRef(long id, String name, LocalDate endOfSupport) {
}
