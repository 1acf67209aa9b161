package org.cctvportal.platform.web;

/** One option of a select or radio group: the value sent and the label shown. */
public record Choice(String value, String label) {
}
