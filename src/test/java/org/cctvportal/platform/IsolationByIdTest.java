package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.IdKinds.Kind;
import org.cctvportal.support.OwnedRows;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Isolation by real ids: every route of the access matrix with an id in its path is asked, by every role it admits,
 * for a real record of another partner of the same partnership and of a partner of the other partnership. The answer
 * must be the very 404 a missing id gets, and the database must be as it was. Where a named path shares a record
 * legitimately (IdKinds says which, and why), the sharee must reach it.
 */
@QuarkusTest
class IsolationByIdTest {

    private static OwnedRows rows;
    private static IsolationRequests requests;

    @BeforeAll
    static void connect() throws SQLException {
        rows = OwnedRows.open();
        requests = new IsolationRequests(rows, OwnedRows.demoPartners());
    }

    @AfterAll
    static void disconnect() throws SQLException {
        rows.close();
    }

    /** Imports are previews people make; the demo keeps none, so one partner of each partnership makes one. */
    private static void importPreviews() {
        for (String manager : List.of("cherwell.manager", "bristol.manager")) {
            FormSession.of(manager).multipart().multiPart("subject", "sites").multiPart("file", "sites.csv",
                    "name,kind,postcode,latitude,longitude\nIsolation site,Town centre,OX1 1BX,51.752,-1.2577\n"
                            .getBytes(StandardCharsets.UTF_8), "text/csv").post("/estate/import").then()
                    .statusCode(303);
        }
    }

    /** The routes with an id, grouped by what the id names. */
    private static Map<Kind, List<String>> routesByKind(List<String> unknown) {
        Map<Kind, List<String>> byKind = new LinkedHashMap<>();
        for (String route : Routes.all()) {
            if (!route.contains("{") || IdKinds.notOwned(route)) {
                continue;
            }
            Optional<Kind> kind = IdKinds.of(route);
            if (kind.isEmpty()) {
                unknown.add(route + " (" + IdKinds.prefix(route) + ")");
            } else {
                byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(route);
            }
        }
        return byKind;
    }

    @Test
    void everyRouteWithAnIdNamesAKindThisTestKnows() {
        List<String> unknown = new ArrayList<>();
        routesByKind(unknown);
        assertEquals(List.of(), unknown, "routes whose id names no kind in IdKinds: say who owns it there");
    }

    @Test
    void anotherPartnersRealIdIsTheSame404AsAMissingOneAndChangesNothing() throws SQLException {
        importPreviews();
        List<String> wrong = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        java.util.Set<String> uncovered = new java.util.TreeSet<>();
        List<String> shared = new ArrayList<>();
        int asked = 0;
        for (Map.Entry<Kind, List<String>> entry : routesByKind(new ArrayList<>()).entrySet()) {
            Kind kind = entry.getKey();
            String before = rows.checksum(kind.tables(), requests.partners());
            for (String route : entry.getValue()) {
                for (IsolationRequests.Caller caller : IsolationRequests.CALLERS) {
                    if (!AccessMatrixTest.gives(AccessMatrixTest.MATRIX.get(route), caller.role())) {
                        continue;
                    }
                    for (boolean samePartnership : new boolean[] { true, false }) {
                        Optional<IsolationRequests.Target> target = requests.foreign(kind, caller, samePartnership);
                        if (target.isEmpty()) {
                            uncovered.add(kind.name() + (samePartnership ? " same" : " other") + " for "
                                    + caller.user());
                            continue;
                        }
                        asked++;
                        String difference;
                        try {
                            difference = requests.differenceFromMissing(route, caller, target.get());
                        } catch (RuntimeException e) {
                            difference = "the request failed: " + e;
                        }
                        if (difference != null) {
                            wrong.add(route + " as " + caller.user() + " on " + target.get() + ": " + difference);
                        }
                    }
                    requests.shared(kind, caller).filter(t -> route.startsWith("GET ") && !IdKinds.stateDependent(route))
                            .ifPresent(t -> {
                        if (IdKinds.administeredByOwner(route, caller.role())) {
                            String difference = requests.differenceFromMissing(route, caller, t);
                            if (difference != null) {
                                wrong.add(route + " as " + caller.user() + " on another's " + t + ": " + difference);
                            }
                            return;
                        }
                        Response response = requests.send(route, caller, t.path(route));
                        shared.add(route + " " + caller.user() + " " + t + " -> " + response.statusCode());
                        if (response.statusCode() == 404 || response.statusCode() >= 500) {
                            wrong.add(route + " as " + caller.user() + " on shared " + t + " ("
                                    + kind.allowedBy() + ") -> " + response.statusCode());
                        }
                    });
                }
            }
            String after = rows.checksum(kind.tables(), requests.partners());
            if (!before.equals(after)) {
                changed.add(kind.name() + ": " + IsolationRequests.difference(before, after));
            }
        }
        System.out.println("Isolation by id: " + asked + " foreign requests; not covered: " + uncovered);
        System.out.println("Isolation by id, shared: " + String.join("\n  ", shared));
        assertTrue(asked > 300, "foreign ids asked for: " + asked);
        assertEquals(List.of(), changed, "tables changed by requests for other partners' ids; answers: " + wrong);
        assertEquals(List.of(), wrong, "answers that differ from a missing id's 404");
    }
}
