package org.cctvportal.platform.web;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode.Origin;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;

/**
 * Escapes each value a page shows as Qute's own HTML escaper does, and writes every character beyond ASCII as a
 * numeric reference ({@code £} as {@code &#163;}), which browsers, the PDFs' XHTML and mail readers show as the
 * character itself. With the templates' own text ASCII too ({@code TemplateCharactersTest}), a page is ASCII, so
 * writing it as UTF-8 is one copy of its bytes ({@link HtmlBodyWriter}): a page with one pound sign was otherwise
 * encoded a character at a time into a buffer of twice its length, then copied again to size, three times its length
 * allocated for every page served. A raw value ({@code .raw}) is left as it is, and a page holding one beyond ASCII is
 * still written correctly, only the slower way.
 */
public final class AsciiHtmlEscaper implements ResultMapper {

    /** The content types Qute escapes by default ({@code quarkus.qute.escape-content-types}). */
    private static final List<String> ESCAPED = List.of("text/html", "text/xml", "application/xml",
            "application/xhtml+xml");

    /** Before Qute's own HTML escaper (priority 1), which then applies to nothing this one does not. */
    @Override
    public int getPriority() {
        return 10;
    }

    @Override
    public boolean appliesTo(Origin origin, Object result) {
        if (result instanceof RawString) {
            return false;
        }
        Optional<Variant> variant = origin.getVariant();
        if (variant.isEmpty() || variant.get().getContentType() == null) {
            return false;
        }
        String contentType = variant.get().getContentType();
        for (String escaped : ESCAPED) {
            if (contentType.startsWith(escaped)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String map(Object result, Expression expression) {
        return escape(result.toString());
    }

    /** {@code text} with {@code " ' & < >} escaped and every character beyond ASCII as a numeric reference. */
    static String escape(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || needsEntity(c)) {
                return escape(text, i);
            }
        }
        return text;
    }

    private static String escape(String text, int from) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length + 16);
        out.append(text, 0, from);
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c < 0x80) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append("&#").append(Character.toCodePoint(c, text.charAt(++i))).append(';');
                    } else if (Character.isSurrogate(c)) {
                        out.append("&#65533;"); // half a pair is no character: the replacement character
                    } else {
                        out.append("&#").append((int) c).append(';');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean needsEntity(char c) {
        return c == '"' || c == '\'' || c == '&' || c == '<' || c == '>';
    }

    /** Registered on the application's Qute engine. */
    @ApplicationScoped
    static class Registration {
        void configure(@Observes EngineBuilder builder) {
            builder.addResultMapper(new AsciiHtmlEscaper());
        }
    }
}
