package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.GeneratedClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served OpenAPI document is one a partner's developer can use: an independent parser finds no error in it, it
 * holds the JSON API alone with an id per operation, and a Java client generated from it calls the running portal.
 */
@QuarkusTest
class ApiDocumentTest {

    static String document() {
        return given().auth().oauth2(DemoUsers.token("oxford.viewer")).accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
    }

    static OpenAPI parsed(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages(), "the parser's messages");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void anIndependentParserFindsNoErrorAndEveryOperationHasAStableId() {
        OpenAPI api = parsed(document());
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> twice = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (op.getOperationId() == null || op.getOperationId().isBlank()) {
                missing.add(method + " " + path);
            } else if (!ids.add(op.getOperationId())) {
                twice.add(op.getOperationId());
            }
        }));
        assertEquals(List.of(), missing, "operations without an operationId");
        assertEquals(List.of(), twice, "operationIds used twice");
        assertEquals("evidenceList", api.getPaths().get("/api/v1/evidence").getGet().getOperationId());
        assertEquals("estateCameras", api.getPaths().get("/api/v1/cameras").getGet().getOperationId());
        assertEquals("partnerMe", api.getPaths().get("/api/v1/me").getGet().getOperationId());
    }

    @Test
    void theDocumentHoldsTheApiAloneAndNoHtmlPage() {
        OpenAPI api = parsed(document());
        List<String> notApi = api.getPaths().keySet().stream().filter(p -> !p.startsWith("/api/v1/")).toList();
        assertEquals(List.of(), notApi, "paths outside /api/v1");
        List<String> html = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            op.getResponses().forEach((status, response) -> {
                if (response.getContent() != null && response.getContent().containsKey("text/html")) {
                    html.add(method + " " + path);
                }
            });
        }));
        assertEquals(List.of(), html, "operations answering with an HTML page");
        assertFalse(api.getPaths().containsKey("/evidence"), "the evidence page");
        assertTrue(api.getPaths().size() > 40, "the API's paths: " + api.getPaths().size());
    }

    @Test
    void refusalsShareOneErrorShapeAndTheSecuritySchemeNamesTheSignInServer() {
        OpenAPI api = parsed(document());
        assertEquals(Set.of("status", "message", "fieldErrors"),
                api.getComponents().getSchemas().get("ApiError").getProperties().keySet());
        Operation update = api.getPaths().get("/api/v1/cameras/{id}").getPut();
        for (String status : List.of("400", "401", "403", "404", "409")) {
            assertNotNull(update.getResponses().get(status), "PUT /api/v1/cameras/{id} documents " + status);
        }
        assertEquals("#/components/schemas/ApiError", api.getComponents().getResponses().get("NotFound")
                .getContent().get("application/json").getSchema().get$ref());
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get("keycloak");
        assertEquals(SecurityScheme.Type.OPENIDCONNECT, scheme.getType());
        assertEquals(LocalStackResource.stack().keycloakRealmUrl() + "/.well-known/openid-configuration",
                scheme.getOpenIdConnectUrl());
        // The discovery document the scheme points to is really there.
        given().get(scheme.getOpenIdConnectUrl()).then().statusCode(200);
        List<String> evidenceParameters = api.getPaths().get("/api/v1/evidence").getGet().getParameters().stream()
                .map(p -> p.getName()).toList();
        assertTrue(evidenceParameters.containsAll(List.of("page", "size")), evidenceParameters.toString());
    }

    @Test
    void historiesCustodyAuditAndSearchArePagedUnderStableIdsAndTheAuditDownloadIsCsv() {
        OpenAPI api = parsed(document());
        Map<String, String> paged = Map.of("/api/v1/cameras/{id}/history", "estateCameraHistory",
                "/api/v1/sites/{id}/history", "estateSiteHistory", "/api/v1/recorders/{id}/history",
                "estateRecorderHistory", "/api/v1/evidence/{id}/custody", "evidenceCustody", "/api/v1/audit-events",
                "auditList", "/api/v1/search", "searchFind");
        paged.forEach((path, id) -> {
            Operation get = api.getPaths().get(path).getGet();
            assertEquals(id, get.getOperationId(), path);
            List<String> parameters = get.getParameters().stream().map(p -> p.getName()).toList();
            assertTrue(parameters.containsAll(List.of("page", "size")), path + " " + parameters);
        });
        Operation export = api.getPaths().get("/api/v1/audit-events/export").getGet();
        assertEquals("auditExport", export.getOperationId());
        assertTrue(export.getResponses().get("200").getContent().containsKey("text/csv"),
                export.getResponses().get("200").getContent().keySet().toString());
        assertTrue(export.getParameters().stream().map(p -> p.getName()).toList()
                .containsAll(List.of("person", "action", "record", "from", "to", "partner")));
        assertTrue(api.getComponents().getSchemas().get("SearchHit").getProperties().keySet()
                .containsAll(Set.of("partnerId", "partner")), "each hit names its partner");
    }

    @Test
    void aClientGeneratedFromTheDocumentListsCamerasAndReadsWhoTheCallerIs(@TempDir Path dir) throws Throwable {
        Path document = dir.resolve("openapi.json");
        Files.writeString(document, document());
        GeneratedClient client = GeneratedClient.generate(document, dir.resolve("client"),
                LocalStackResource.stack().portalBaseUrl(), DemoUsers.token("oxford.viewer"));

        Object me = client.call("partnerMe", Map.of());
        assertEquals("oxford.viewer", GeneratedClient.get(me, "username"));
        assertEquals("tv-oxford-city", GeneratedClient.get(me, "partnerId"));

        Object cameras = client.call("estateCameras", Map.of("size", 5));
        long total = ((Number) GeneratedClient.get(cameras, "total")).longValue();
        List<?> items = (List<?>) GeneratedClient.get(cameras, "items");
        assertTrue(total > 0 && !items.isEmpty(), "the demo estate's cameras: " + total);
        assertTrue(GeneratedClient.get(items.get(0), "assetTag").toString().startsWith("OXF"),
                "an Oxford camera: " + items.get(0));

        assertEquals(5, items.size());
        List<?> principles = (List<?>) client.call("codeOfPracticeOwn", Map.of());
        assertEquals(12, principles.size(), "the code of practice's principles: " + principles);
        assertEquals(1, ((Number) GeneratedClient.get(principles.get(0), "principle")).intValue());
        Throwable refused = assertThrows(Throwable.class, () -> client.call("estateSites", Map.of("size", 500)));
        assertEquals(400, refused.getClass().getMethod("getCode").invoke(refused));
        String body = (String) refused.getClass().getMethod("getResponseBody").invoke(refused);
        assertTrue(body.contains("\"fieldErrors\"") && body.contains("size must be from 1 to 200"), body);
    }
}
