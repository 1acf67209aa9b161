package org.cctvportal.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A JSON body read as the pages read a form: each field as trimmed text (empty when absent or null), so that a wrong
 * type ("positions": "two") reaches the same checks and messages as the form, never a parser's error.
 */
public final class ApiBodies {

    private ApiBodies() {
    }

    /** The body, or an empty one when none was sent. */
    public static JsonNode of(JsonNode body) {
        return body == null ? NullNode.getInstance() : body;
    }

    /** A field as trimmed text; empty when absent, null or not a single value. */
    public static String text(JsonNode body, String field) {
        JsonNode value = of(body).path(field);
        return value.isValueNode() && !value.isNull() ? value.asText().strip() : "";
    }

    /** A field as text, or null when absent or null (for the services that tell "not sent" from "empty"). */
    public static String textOrNull(JsonNode body, String field) {
        JsonNode value = of(body).path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
