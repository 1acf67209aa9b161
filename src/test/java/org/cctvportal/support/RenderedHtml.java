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

    private RenderedHtml() {
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
