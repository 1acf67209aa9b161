package org.cctvportal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rendered-page checks find an ISO date a reader would see, and leave alone the ones only machines read. */
class RenderedHtmlTest {

    @Test
    void anIsoDateInTheTextIsFoundButNotInInputsAttributesOrScripts() {
        assertTrue(RenderedHtml.isoDate("<td>Due 2024-03-27</td>").orElseThrow().contains("Due 2024-03-27"));
        assertEquals(Optional.empty(), RenderedHtml.isoDate("<input name=\"due\" value=\"2024-03-27\">"
                + "<tr data-day=\"2024-03-27\"><td><time datetime=\"2024-03-27\">27 Mar 2024</time></td></tr>"
                + "<a href=\"/week?from=2024-03-27\">Next week</a><textarea>seen 2024-03-27</textarea>"
                + "<script>const day = '2024-03-27';</script>"));
        assertEquals(Optional.empty(), RenderedHtml.isoDate("<td>MB-2024-0003-27</td><td>20240327</td>"));
    }
}
