package org.cctvportal.platform.web;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The API's one paging convention: {@code ?page=1&size=50}, pages counted from 1, at most {@value #MAX_SIZE} items a
 * page. Read as text so that "abc", 0 or 500 get a 400 naming the parameter, never a 404 or a silent clamp; a page
 * past the last is empty, with the total.
 */
public class ApiPaging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "The page, counted from 1 (default 1)", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items a page, 1 to 200 (default 50)", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "200"))
    public String size;

    /** The page asked for, or a 400 naming what is wrong with it. */
    public Request request() {
        return of(page, size, DEFAULT_SIZE);
    }

    /** The same rules for a list whose query object (shared with its page) holds the page and size as sent. */
    public static Request of(String page, String size, int defaultSize) {
        FormErrors errors = new FormErrors();
        int number = parse(page, 1, "page", errors);
        int pageSize = parse(size, defaultSize, "size", errors);
        check(number, pageSize, errors);
        errors.throwIfAny();
        return new Request(number, pageSize);
    }

    /** A page's lenient reading of the same value: the pages show the nearest page rather than an error. */
    public static int lenient(String value, int otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static void check(int page, int size, FormErrors errors) {
        if (!errors.has("page") && page < 1) {
            errors.add("page", "page must be 1 or more");
        }
        if (!errors.has("size") && (size < 1 || size > MAX_SIZE)) {
            errors.add("size", "size must be from 1 to " + MAX_SIZE);
        }
    }

    private static int parse(String value, int otherwise, String name, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(name, name + " must be a whole number");
            return otherwise;
        }
    }

    /** A valid page of a given size. */
    public record Request(int page, int size) {

        public int offset() {
            return (page - 1) * size;
        }

        /** This page of a list already read whole. */
        public <T> Page<T> slice(List<T> all) {
            int from = Math.min(all.size(), offset());
            return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        }
    }

    /** One page of a list: its items, which page, its size and how many items the whole list has. */
    public record Page<T>(List<T> items, int page, int pageSize, long total) {

        public <R> Page<R> map(java.util.function.Function<T, R> shown) {
            return new Page<>(items.stream().map(shown).toList(), page, pageSize, total);
        }
    }
}
