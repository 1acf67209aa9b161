package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Each role's service navigation, entry by entry and in order. The features contribute their own entries, so this
 * pins what the layout shows when they are put together: the same menu each role had when one list held them all.
 */
@QuarkusTest
class NavigationMenuTest {

    private static final Pattern LINK = Pattern.compile(
            "class=\"govuk-service-navigation__link\" href=\"([^\"]*)\"[^>]*>([^<]*)</a>");

    private static final Map<String, String> MENUS = new LinkedHashMap<>();

    static {
        MENUS.put("partnership-admin", "Dashboard=/dashboard | Partners=/partners | Compliance=/compliance"
                + " | Capital plan=/capital-plan | Specification=/specification | Hubs=/hubs | Statements=/statements"
                + " | Evidence=/evidence | Switch-offs=/estate/switch-offs | Assurance=/assurance"
                + " | Reference data=/reference/manufacturers | Our profile=/profile | People=/people"
                + " | Audit trail=/audit");
        MENUS.put("pcc-analyst", "Dashboard=/dashboard | Partners=/partners | Compliance=/compliance"
                + " | Capital plan=/capital-plan | Specification=/specification | Hubs=/hubs | Statements=/statements"
                + " | Switch-offs=/estate/switch-offs | Assurance=/assurance | Our profile=/profile");
        MENUS.put("partner-manager", "Dashboard=/dashboard | Estate=/cameras | Compliance=/compliance"
                + " | Capital plan=/capital-plan | Specification=/specification | Hubs=/hubs | Bookings=/bookings"
                + " | Statements=/statements | Evidence=/evidence | Assurance=/assurance | Our profile=/profile"
                + " | People=/people | Webhooks=/webhooks");
        MENUS.put("partner-viewer", "Dashboard=/dashboard | Estate=/cameras | Compliance=/compliance | Hubs=/hubs"
                + " | Bookings=/bookings | Statements=/statements | Assurance=/assurance | Our profile=/profile");
        MENUS.put("hub-supervisor", "Dashboard=/dashboard | Approvals=/approvals | Rota=/rota"
                + " | Statements=/statements | Our profile=/profile");
        MENUS.put("operator", "Dashboard=/dashboard | Hubs=/hubs | My shifts=/rota/mine | Evidence=/evidence"
                + " | Our profile=/profile");
        MENUS.put("evidence-officer", "Home=/ | Estate=/cameras | Evidence=/evidence | Assurance=/assurance"
                + " | Our profile=/profile");
        MENUS.put("auditor", "Home=/ | Estate=/cameras | Evidence=/evidence | Assurance=/assurance"
                + " | Our profile=/profile | Audit trail=/audit");
        // The service operator's staff see their console alone (home leads there too).
        MENUS.put("platform-admin", "Partnerships=/platform/partnerships");
    }

    @Test
    void everyRoleSeesItsEntriesInTheirOrder() {
        MENUS.forEach((role, expected) -> assertEquals(expected, menu(DemoUsers.BY_ROLE.get(role)), role));
    }

    /** The operator's manager keeps its operator profiles from the menu; a council's manager has none to keep. */
    @Test
    void theOperatorsManagerReachesOperatorProfilesFromTheMenu() {
        assertEquals("Dashboard=/dashboard | Estate=/cameras | Compliance=/compliance | Capital plan=/capital-plan"
                + " | Specification=/specification | Hubs=/hubs | Bookings=/bookings | Operators=/rota/operators"
                + " | Statements=/statements | Evidence=/evidence | Assurance=/assurance | Our profile=/profile"
                + " | People=/people | Webhooks=/webhooks", menu("ods.manager"));
        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/rota/operators").then().statusCode(200);
    }

    private static String menu(String user) {
        String page = given().auth().oauth2(DemoUsers.token(user)).get("/").then().statusCode(200).extract()
                .asString();
        List<String> entries = new ArrayList<>();
        Matcher m = LINK.matcher(page);
        while (m.find()) {
            entries.add(m.group(2).strip() + "=" + m.group(1));
        }
        return String.join(" | ", entries);
    }
}
