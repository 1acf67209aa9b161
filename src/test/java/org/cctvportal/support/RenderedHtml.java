package org.cctvportal.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no rendered page may contain: Qute's own syntax ({@code {#if ...}}, {@code {/if}}, {@code {view.x}}), which
 * reaches the reader when template code sits in a tag's quoted string parameter, where Qute keeps it as text; and
 * Qute's {@code NOT_FOUND}, which it prints when a namespace method's argument has another type than declared (an
 * {@code int} given to a {@code long} parameter), even with strict rendering on.
 */
public final class RenderedHtml {

    private static final Pattern TEMPLATE_CODE = Pattern.compile(
            "\\{[#/!][a-zA-Z]|\\{(?:view|inject:|fmt:|str:)|NOT_FOUND");

    /** A date as a machine writes it: 2024-03-27. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    /** What a reader never sees: scripts, styles, a textarea's typed value, and every tag with its attributes. */
    private static final Pattern UNSEEN = Pattern.compile(
            "(?is)<script\\b.*?</script>|<style\\b.*?</style>|<textarea\\b.*?</textarea>|<[^>]*>");

    private RenderedHtml() {
    }

    /**
     * The first ISO date ({@code 2024-03-27}) in the text a reader sees, with a little of what surrounds it. Form
     * inputs' values and machine attributes ({@code data-*}, {@code datetime}, links) are tags' attributes, so they
     * are left out: there the ISO form is meant.
     */
    public static Optional<String> isoDate(String html) {
        String text = UNSEEN.matcher(html).replaceAll(" ");
        Matcher matcher = ISO_DATE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int from = Math.max(0, matcher.start() - 60);
        return Optional.of(text.substring(from, Math.min(text.length(), matcher.end() + 40)).replaceAll("\\s+", " "));
    }

    /** The first piece of unrendered template code in {@code html}, with a little of what surrounds it. */
    public static Optional<String> templateCode(String html) {
        Matcher matcher = TEMPLATE_CODE.matcher(html);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int from = Math.max(0, matcher.start() - 60);
        return Optional.of(html.substring(from, Math.min(html.length(), matcher.end() + 80)));
    }
}
