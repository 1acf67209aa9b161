package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A page's content runs inside the layout's context: a page that declares a {@code view} and includes the layout
 * without handing it that view has each {@code view...} in its content tried first against every value resolver on
 * the layout's empty data (about 24 times per findings page; docs/benchmarks.md, lists runs 71 to 73). So every page
 * that declares a view names it to the layout: {@code {#include main view=view}}.
 */
class TemplateViewTest {

    private static final Pattern DECLARES_VIEW = Pattern.compile("\\{@[\\w.$]+(<[^}]*>)? view\\}");
    private static final Pattern INCLUDES_MAIN = Pattern.compile("\\{#include main[\\s}]");
    private static final Pattern HANDS_VIEW = Pattern.compile("\\{#include main\\b[^}]*\\bview=view\\b");

    @Test
    void everyPageThatDeclaresAViewHandsItToTheLayout() throws IOException {
        List<String> found = new ArrayList<>();
        PageTemplates.all().forEach((name, text) -> {
            if (withholdsItsView(text)) {
                found.add(name);
            }
        });
        assertEquals(List.of(), found, "include the layout as {#include main view=view}");
    }

    @Test
    void theCheckTellsAPageThatHandsItsViewFromOneThatDoesNot() {
        String declared = "{@org.cctvportal.compliance.FindingPages$ListView view}\n";
        assertEquals(true, withholdsItsView(declared + "{#include main}{#title}Findings{/title}{/include}"));
        assertEquals(false, withholdsItsView(declared + "{#include main view=view}{#title}F{/title}{/include}"));
        assertEquals(false, withholdsItsView("{@java.lang.String message}\n{#include main}{/include}"));
        assertEquals(false, withholdsItsView(declared + "<div>{view.count}</div>"), "a fragment has no layout");
    }

    static boolean withholdsItsView(String template) {
        return DECLARES_VIEW.matcher(template).find() && INCLUDES_MAIN.matcher(template).find()
                && !HANDS_VIEW.matcher(template).find();
    }
}
