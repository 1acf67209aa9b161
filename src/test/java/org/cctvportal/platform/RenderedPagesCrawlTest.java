package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.PageCrawl;
import org.cctvportal.support.RenderedHtml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of demo user, in both partnerships, follows every link the portal shows them from the home page: no
 * page fails, none shows unrendered template code, and none names a partner the user has no business seeing (the
 * other partnership's partners; for a council's staff, the other councils, except as choices in a filter).
 */
@QuarkusTest
class RenderedPagesCrawlTest {

    private static final int PAGES_PER_USER = 45;
    /** A filter may offer the partnership's partners as choices (whose staff watched your footage); data may not. */
    private static final Pattern CHOICE_LISTS = Pattern.compile("(?s)<select.*?</select>");
    private static final List<String> THAMES_VALLEY = List.of("Thames Valley Police", "Oxford City Council",
            "Oxford Direct Services", "Cherwell District Council", "Slough Borough Council");
    private static final List<String> AVON = List.of("Avon and Somerset", "Bristol City Council",
            "Avon Control Room Services", "Bristol hub");
    private static final List<String> OTHER_COUNCILS = List.of("Cherwell District Council",
            "Slough Borough Council", "Milton Keynes City Council", "West Berkshire Council");

    private static final String PLATFORM_ADMIN = "platform.admin";

    static List<String> users() {
        List<String> users = new ArrayList<>(DemoUsers.BY_ROLE.values());
        users.addAll(List.of("as-opcc.admin", "as-opcc.analyst", "bristol.manager", "bristol.viewer",
                "as-control.supervisor", "as-control.operator"));
        return users;
    }

    /** Partner names a user's pages must never show. */
    private static List<String> unseen(String user) {
        if (user.equals(PLATFORM_ADMIN)) {
            // The service operator sees partnerships and their PCC offices, never the partners inside them.
            List<String> councils = new ArrayList<>(OTHER_COUNCILS);
            councils.addAll(List.of("Oxford City Council", "Bristol City Council", "Thames Valley Police",
                    "Avon Control Room Services"));
            return councils;
        }
        if (user.startsWith("as-") || user.startsWith("bristol.")) {
            return THAMES_VALLEY;
        }
        List<String> names = new ArrayList<>(AVON);
        if (user.startsWith("oxford.")) {
            names.addAll(OTHER_COUNCILS);
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("users")
    void everyPageAUserReachesRendersWholeAndKeepsToTheirPartners(String user) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        List<PageCrawl.Visit> visits = PageCrawl.crawl(DemoUsers.token(user),
                user.equals(PLATFORM_ADMIN) ? "/platform/partnerships" : "/", PAGES_PER_USER, (page, problems) -> {
            statuses.put(page.path(), page.status());
            if (page.status() >= 500) {
                problems.add(user + ": " + page.path() + " answered " + page.status());
            }
            RenderedHtml.templateCode(page.html()).ifPresent(code -> problems.add(user + ": " + page.path()
                    + " shows template code: " + code));
            RenderedHtml.isoDate(page.html()).ifPresent(date -> problems.add(user + ": " + page.path()
                    + " shows an ISO date: " + date));
            String text = CHOICE_LISTS.matcher(page.html()).replaceAll("");
            unseen(user).stream().filter(text::contains).forEach(name -> problems.add(user + ": "
                    + page.path() + " names " + name));
        });

        // The service operator's console is small: the list, the open form and a page per partnership.
        assertTrue(visits.size() >= (user.equals(PLATFORM_ADMIN) ? 4 : 8), () -> user + " reached only " + statuses);
    }
}
