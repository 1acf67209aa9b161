package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A page whose data is Latin-1 is rendered and written as Latin-1 only if its templates are: one dash beyond it in the
 * layout made every page a string of two bytes per character, built and encoded a character at a time
 * (docs/benchmarks.md, lists run 72). So the templates' HTML writes such characters as numeric references
 * ({@code &#8211;} for an en dash), which the browsers and the PDFs' XHTML read alike. Text inside an expression
 * ({@code {a ?: '–'}}) is escaped, so it keeps the character itself.
 */
class TemplateCharactersTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}\\s][^{}]*\\}");

    @Test
    void theTemplatesHtmlIsLatin1() throws IOException {
        List<String> found = new ArrayList<>();
        PageTemplates.all().forEach((name, text) -> beyondLatin1(text).forEach(c -> found.add(name + ": " + c)));
        assertEquals(List.of(), found, "write these as numeric references (&#NNNN;)");
    }

    @Test
    void theScanSkipsExpressionsAndFindsText() {
        assertEquals(List.of("– (U+2013)"), beyondLatin1("<p>{a ?: '–'} £5 – {#if b}{/if}</p>"));
    }

    /** Each character of the template's text, outside its expressions and sections, beyond Latin-1. */
    static List<String> beyondLatin1(String template) {
        List<String> found = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(template);
        int text = 0;
        while (true) {
            boolean more = matcher.find();
            int end = more ? matcher.start() : template.length();
            template.substring(text, end).chars().filter(c -> c > 0xFF)
                    .forEach(c -> found.add(Character.toString(c) + " (U+" + String.format("%04X", c) + ")"));
            if (!more) {
                return found;
            }
            text = matcher.end();
        }
    }
}
