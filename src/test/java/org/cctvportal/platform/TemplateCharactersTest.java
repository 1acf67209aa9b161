package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A page is ASCII, and so written as UTF-8 by one copy of its bytes, only if its templates' text is: one dash beyond
 * Latin-1 in the layout made every page a string of two bytes per character, built and encoded a character at a time
 * (docs/benchmarks.md, lists run 72), and one pound sign made encoding it allocate three times its length. So the
 * templates' HTML writes every character beyond ASCII as a numeric reference ({@code &#8211;} for an en dash,
 * {@code &#163;} for a pound sign), which the browsers and the PDFs' XHTML read alike. Text inside an expression
 * ({@code {a ?: '–'}}) is a value, which {@link org.cctvportal.platform.web.AsciiHtmlEscaper} writes as references.
 */
class TemplateCharactersTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}\\s][^{}]*\\}");

    @Test
    void theTemplatesHtmlIsAscii() throws IOException {
        List<String> found = new ArrayList<>();
        PageTemplates.all().forEach((name, text) -> beyondAscii(text).forEach(c -> found.add(name + ": " + c)));
        assertEquals(List.of(), found, "write these as numeric references (&#NNNN;)");
    }

    @Test
    void theScanSkipsExpressionsAndFindsText() {
        assertEquals(List.of("£ (U+00A3)", "– (U+2013)"), beyondAscii("<p>{a ?: '–'} £5 – {#if b}{/if}</p>"));
    }

    /** Each character of the template's text, outside its expressions and sections, beyond ASCII. */
    static List<String> beyondAscii(String template) {
        List<String> found = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(template);
        int text = 0;
        while (true) {
            boolean more = matcher.find();
            int end = more ? matcher.start() : template.length();
            template.substring(text, end).chars().filter(c -> c > 0x7F)
                    .forEach(c -> found.add(Character.toString(c) + " (U+" + String.format("%04X", c) + ")"));
            if (!more) {
                return found;
            }
            text = matcher.end();
        }
    }
}
