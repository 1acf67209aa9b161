package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cctvportal.platform.web.SameOrigin;
import org.junit.jupiter.api.Test;

/** The one check every redirect target taken from a request goes through. */
class SameOriginTest {

    @Test
    void onlyAPathOfThisPortalPasses() {
        for (String other : new String[] { "//evil.example/x", "/\\evil.example", "https://evil.example",
                "http://evil.example/", "javascript:alert(1)", "evil.example", "", "/\t/evil.example",
                "/\n/evil.example", " /cameras", "/cameras\\..\\x" }) {
            assertFalse(SameOrigin.isPath(other), other);
            assertEquals("/", SameOrigin.pathOr(other, "/"), other);
        }
        for (String own : new String[] { "/", "/cameras", "/cameras?q=a%20b&page=2", "/rota/hubs/4?week=2027-01-04" }) {
            assertTrue(SameOrigin.isPath(own), own);
        }
        assertEquals("/", SameOrigin.pathOf("https://portal.example//evil.example/x", "/"));
        assertEquals("/cameras?q=1", SameOrigin.pathOf("https://portal.example/cameras?q=1", "/"));
        assertEquals("/", SameOrigin.pathOf("https://evil.example", "/"));
        assertEquals("/", SameOrigin.pathOf("not a url", "/"));
    }
}
