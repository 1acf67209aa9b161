package org.cctvportal.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Content;

/** The refusals every API operation may answer with, as the OpenAPI document names and describes them. */
final class ApiErrors {

    static final Map<String, String> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("BadRequest", "The input or a query parameter was refused; nothing changed. fieldErrors names"
                + " each field at fault");
        RESPONSES.put("Unauthorized", "No valid bearer token was sent");
        RESPONSES.put("Forbidden", "The caller's roles do not allow this");
        RESPONSES.put("NotFound", "No such record, or one that belongs to another partner (the same answer for"
                + " both)");
        RESPONSES.put("Conflict", "The record changed since it was read, or its state no longer allows the change;"
                + " nothing changed; or a request with the same Idempotency-Key is still being answered");
        RESPONSES.put("IdempotencyKeyReused", "The Idempotency-Key was already used with a different request;"
                + " nothing changed");
        RESPONSES.put("TooManyRequests", "The caller's allowance of requests is used up; nothing changed. Retry-After"
                + " says in how many seconds to try again");
    }

    private ApiErrors() {
    }

    static Content json(String schema) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
    }
}
