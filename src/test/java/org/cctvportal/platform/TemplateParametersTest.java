package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Qute reads a quoted parameter of a section ({@code {#textField label="..."}}) as a plain string: template code in
 * it is printed, not run, and the build's type check does not see it. So no template may put braces in one; the
 * view computes the text instead.
 */
class TemplateParametersTest {

    private static final Pattern SECTION = Pattern.compile("\\{#(\\w+)\\s");

    @Test
    void noQuotedSectionParameterHoldsTemplateCode() throws IOException {
        List<String> found = new ArrayList<>();
        PageTemplates.all().forEach((name, text) -> quotedParameters(text).stream().filter(p -> p.contains("{"))
                .forEach(p -> found.add(name + ": " + p)));
        assertEquals(List.of(), found, "template code inside a quoted section parameter is shown as text");
    }

    @Test
    void theScanFindsTemplateCodeInAParameter() {
        assertEquals(List.of("{#if x}A{#else}B{/if}", "Hint"),
                quotedParameters("<p>{#textField name=n label=\"{#if x}A{#else}B{/if}\" hint='Hint' /}</p>"));
        assertTrue(quotedParameters("{#if a}\"{b}\"{/if}").isEmpty(), "quotes in content are not parameters");
    }

    /** The quoted strings among each section tag's parameters, braces inside quotes included. */
    static List<String> quotedParameters(String template) {
        List<String> quoted = new ArrayList<>();
        Matcher matcher = SECTION.matcher(template);
        while (matcher.find()) {
            int depth = 1;
            char quote = 0;
            int opened = -1;
            for (int i = matcher.end(); i < template.length() && depth > 0; i++) {
                char c = template.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quoted.add(template.substring(opened, i));
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    opened = i + 1;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
        }
        return quoted;
    }
}
