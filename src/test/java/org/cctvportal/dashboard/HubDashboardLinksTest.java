package org.cctvportal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * The hub dashboard and the pages it leads to show a person only links their roles open: followed two clicks deep
 * as an operator and as a supervisor, no link answers 403 (an operator was shown the approvals queue) or fails.
 */
@QuarkusTest
class HubDashboardLinksTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");

    private static List<String> refused(String user, int depth) {
        String token = DemoUsers.token(user);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] { "/dashboard/hub", "0" });
        List<String> refused = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 80) {
            String[] next = queue.poll();
            if (!seen.add(next[0])) {
                continue;
            }
            Response page = given().auth().oauth2(token).redirects().follow(false).get(next[0].replace("&amp;", "&"));
            if (page.statusCode() == 403 || page.statusCode() >= 500) {
                refused.add(next[0] + " -> " + page.statusCode());
                continue;
            }
            int level = Integer.parseInt(next[1]);
            if (level >= depth || !String.valueOf(page.contentType()).contains("text/html")) {
                continue;
            }
            Matcher links = HREF.matcher(page.asString());
            while (links.find()) {
                String href = links.group(1);
                if (!href.startsWith("/webjars/") && !href.startsWith("/static/") && !href.startsWith("/logout")
                        && !href.endsWith(".csv") && !href.contains("/export")) {
                    queue.add(new String[] { href, Integer.toString(level + 1) });
                }
            }
        }
        assertTrue(seen.size() > 3, user + " saw " + seen);
        return refused;
    }

    @Test
    void anOperatorIsShownNoLinkTheirRoleDoesNotOpen() {
        assertEquals(List.of(), refused("ods.operator", 2));
    }

    @Test
    void aSupervisorIsShownNoLinkTheirRoleDoesNotOpen() {
        assertEquals(List.of(), refused("ods.supervisor", 2));
    }
}
