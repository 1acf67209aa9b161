package org.cctvportal.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in user following every same-origin link breadth-first from a start page, GET only. Links that sign out,
 * export files or serve calendar feeds are left alone; pages of one shape ({@code /cameras/12}, {@code /cameras/13})
 * are visited a few times, not hundreds, so a crawl stays quick.
 */
public final class PageCrawl {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(webjars|static|assets|logout|api|q)/.*|.*(\\.csv|\\.ics|\\.json|/export.*|/feed.*|/template.*)$");
    private static final int PER_SHAPE = 2;

    /** One page fetched: its address, status and body (empty when not HTML). */
    public record Visit(String path, int status, String html) {
    }

    private PageCrawl() {
    }

    /** Visits up to {@code limit} pages as the user holding {@code token}, handing each to {@code check}. */
    public static List<Visit> crawl(String token, String start, int limit, BiConsumer<Visit, List<String>> check) {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        List<Visit> visits = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty() && visits.size() < limit) {
            String path = queue.poll().replace("&amp;", "&");
            if (!seen.add(path) || shapes.merge(shape(path), 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            Response response = given().auth().oauth2(token).redirects().follow(false).get(path);
            boolean html = String.valueOf(response.contentType()).contains("text/html");
            Visit visit = new Visit(path, response.statusCode(), html ? response.asString() : "");
            visits.add(visit);
            check.accept(visit, problems);
            links(visit.html()).forEach(queue::add);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
        return visits;
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            if (!SKIPPED.matcher(matcher.group(1)).matches()) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    /** The address with its numbers and query values blanked: pages of one template share a shape. */
    static String shape(String path) {
        return path.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
    }
}
