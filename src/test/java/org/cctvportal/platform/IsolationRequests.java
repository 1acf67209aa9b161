package org.cctvportal.platform;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.platform.IdKinds.Kind;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.OwnedRows;
import org.cctvportal.support.OwnedRows.Partner;

/** The callers, the other partners' real ids they ask for, and the requests, for {@link IsolationByIdTest}. */
final class IsolationRequests {

    /** Someone asking: a demo user, the role it holds, its partner. */
    record Caller(String user, String role, Partner partner) {
    }

    /** A real record of {@code owner}, with the ids of its own children a route may name after it. */
    record Target(String id, Partner owner, Map<String, String> children) {

        String path(String route) {
            return fill(route, id, children);
        }

        String missingPath(String route) {
            Map<String, String> none = new HashMap<>();
            children.forEach((name, value) -> none.put(name, missing(value)));
            return fill(route, missing(id), none);
        }

        @Override
        public String toString() {
            return owner.id() + "#" + id;
        }
    }

    private static final String REASON = "Checking isolation by id";
    private static final byte[] FILE = "not footage".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    /**
     * One user per role at Thames Valley, and Avon and Somerset's PCC office, Bristol and the hub staff of its operator
     * (so each partnership's rota records are asked for by the other's supervisor and operator).
     */
    static final List<Caller> CALLERS = new ArrayList<>();

    static {
        DemoUsers.BY_ROLE.forEach((role, user) -> {
            if (!role.equals(AccessMatrixTest.PLATFORM_ADMIN)) {
                CALLERS.add(new Caller(user, role, new Partner(DemoUsers.PARTNER.get(user), "thames-valley")));
            }
        });
        CALLERS.add(new Caller("as-opcc.admin", "partnership-admin", new Partner("as-opcc", "avon-somerset")));
        CALLERS.add(new Caller("as-opcc.analyst", "pcc-analyst", new Partner("as-opcc", "avon-somerset")));
        CALLERS.add(new Caller("bristol.manager", "partner-manager", new Partner("as-bristol", "avon-somerset")));
        CALLERS.add(new Caller("bristol.viewer", "partner-viewer", new Partner("as-bristol", "avon-somerset")));
        CALLERS.add(new Caller("as-control.supervisor", "hub-supervisor", new Partner("as-control", "avon-somerset")));
        CALLERS.add(new Caller("as-control.operator", "operator", new Partner("as-control", "avon-somerset")));
    }

    private final OwnedRows rows;
    private final List<Partner> partners;
    private final Map<String, Optional<Target>> targets = new HashMap<>();
    private final Map<String, Response> missing = new HashMap<>();
    private final Map<String, FormSession> sessions = new HashMap<>();

    IsolationRequests(OwnedRows rows, List<Partner> partners) {
        this.rows = rows;
        this.partners = partners;
    }

    List<Partner> partners() {
        return partners;
    }

    /** A record {@code caller} has no business reaching: another partner's, in its partnership or the other. */
    Optional<Target> foreign(Kind kind, Caller caller, boolean samePartnership) throws SQLException {
        String key = kind.name() + "|" + caller.partner().id() + "|" + samePartnership;
        if (!targets.containsKey(key)) {
            targets.put(key, find(kind, caller, samePartnership, false));
        }
        return targets.get(key);
    }

    /** A record of another partner that a named path lets {@code caller} reach. */
    Optional<Target> shared(Kind kind, Caller caller) {
        String key = kind.name() + "|" + caller.partner().id() + "|shared";
        try {
            if (!targets.containsKey(key)) {
                targets.put(key, kind.allowedBy() == null ? Optional.empty() : find(kind, caller, true, true));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return targets.get(key);
    }

    private Optional<Target> find(Kind kind, Caller caller, boolean samePartnership, boolean shared)
            throws SQLException {
        String sharing = kind.sharedWith().replace(":caller", caller.partner().id())
                .replace(":partnership", caller.partner().partnership())
                .replace(":pcc", String.valueOf(caller.partner().pccOffice()));
        for (Partner owner : partners) {
            boolean inPartnership = owner.partnership().equals(caller.partner().partnership());
            if (inPartnership != samePartnership || (!kind.partnershipLevel() && owner.equals(caller.partner()))) {
                continue;
            }
            String whose = kind.partnershipLevel() ? "'" + owner.partnership() + "'" : "'" + owner.id() + "'";
            String shareTest = samePartnership ? (shared ? sharing : "not (" + sharing + ")") : "true";
            Optional<String> id = rows.first(owner, "select t.id::text from " + kind.table() + " t where t."
                    + kind.owner() + " = " + whose + " and " + shareTest + " order by t.id limit 1");
            if (id.isPresent()) {
                return Optional.of(new Target(id.get(), owner, children(owner, id.get())));
            }
        }
        return Optional.empty();
    }

    /** The ids a route may name after its first: the record's own files, shares and rules. */
    private Map<String, String> children(Partner owner, String id) throws SQLException {
        Map<String, String> children = new HashMap<>();
        children.put("fileId", rows.first(owner, "select id::text from evidence_file where item_id::text = '" + id
                + "' order by id limit 1").orElse("00000000-0000-4000-8000-000000000001"));
        children.put("shareId", rows.first(owner, "select id::text from evidence_share where item_id::text = '" + id
                + "' order by id limit 1").orElse("999999998"));
        children.put("ruleId", rows.first(owner, "select id::text from spec_flagged_maker where version_id::text = '"
                + id + "' order by id limit 1").orElse("999999998"));
        children.put("itemId", rows.first(owner, "select id::text from capital_project_item where project_id::text = '"
                + id + "' order by id limit 1").orElse("999999998"));
        return children;
    }

    /** Null when the foreign id gets the very answer a missing id gets, a 404; else what differs. */
    String differenceFromMissing(String route, Caller caller, Target target) {
        Response foreign = send(route, caller, target.path(route));
        Response none = missing.computeIfAbsent(route + "|" + caller.user(),
                k -> send(route, caller, target.missingPath(route)));
        String seen = foreign.statusCode() + " " + shape(route, foreign);
        String expected = none.statusCode() + " " + shape(route, none);
        if (foreign.statusCode() != 404) {
            return "status " + foreign.statusCode() + " (a missing id: " + none.statusCode() + ")";
        }
        return seen.equals(expected) ? null : "answered «" + seen + "», a missing id «" + expected + "»";
    }

    private static String shape(String route, Response response) {
        if (route.contains(" /api/")) {
            return response.asString();
        }
        Matcher heading = HEADING.matcher(response.asString());
        return heading.find() ? heading.group(1).replaceAll("\\s+", " ").trim() : "(no heading)";
    }

    /**
     * Sends the route. A write carries what a caller would send (a reason, a file), so that only the record's owner,
     * not a missing field, stands between the request and a change.
     */
    Response send(String route, Caller caller, String path) {
        String verb = route.substring(0, route.indexOf(' '));
        boolean api = path.startsWith("/api/");
        boolean upload = verb.equals("POST") && route.endsWith("/files");
        RequestSpecification request;
        if (verb.equals("POST") && !api) {
            FormSession session = sessions.computeIfAbsent(caller.user(), FormSession::of);
            request = upload ? session.headers() : session.form().formParam("name", "").formParam("reason", REASON);
        } else {
            request = given().auth().oauth2(DemoUsers.token(caller.user())).redirects().follow(false);
        }
        return switch (verb) {
            case "GET" -> request.get(path);
            case "POST" -> upload ? request.contentType("application/octet-stream").header("X-File-Name",
                    "isolation.mp4").body(FILE).post(path) : !api ? request.post(path)
                    : request.contentType("application/json").body("{\"reason\": \"" + REASON + "\"}").post(path);
            case "PUT" -> request.contentType("application/json").body("{}").put(path);
            case "DELETE" -> request.delete(path);
            default -> throw new IllegalArgumentException(route);
        };
    }

    private static String fill(String route, String id, Map<String, String> children) {
        String path = route.substring(route.indexOf(' ') + 1);
        Matcher param = PARAM.matcher(path);
        StringBuilder filled = new StringBuilder();
        boolean first = true;
        while (param.find()) {
            String value = first ? id : switch (param.group(1)) {
                case "fileId", "shareId", "ruleId", "itemId" -> children.get(param.group(1));
                case "cameraType" -> "FIXED";
                case "section" -> "flagged-manufacturers";
                case "partner" -> "tv-milton-keynes";
                default -> throw new IllegalArgumentException("no value for {" + param.group(1) + "} in " + route);
            };
            param.appendReplacement(filled, Matcher.quoteReplacement(value));
            first = false;
        }
        param.appendTail(filled);
        return filled.toString();
    }

    /** An id of the same form as {@code id} that nothing has. */
    static String missing(String id) {
        if (id.matches("\\d+")) {
            return "987654321";
        }
        return id.matches("[0-9a-f-]{36}") ? "00000000-0000-4000-8000-000000000000" : "no-such-record";
    }

    /** The entries of two checksums that differ. */
    static String difference(String before, String after) {
        List<String> was = Arrays.asList(before.split(","));
        return Arrays.stream(after.split(",")).filter(entry -> !was.contains(entry)).map(e -> e.split("=")[0])
                .toList().toString();
    }
}
