package org.cctvportal.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** A gauge as Prometheus scrapes it from the management port's {@code /q/metrics}. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of an untagged gauge; fails when the portal does not expose it. */
    public static double gauge(String name) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        String text = given().port(port).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(text);
        if (!line.find()) {
            throw new AssertionError("no gauge " + name + " in /q/metrics");
        }
        return Double.parseDouble(line.group(1));
    }
}
