package org.cctvportal.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes the served OpenAPI document one that clients can generate code from: the JSON API alone ({@code /api/v1}, no
 * HTML page), a stable {@code operationId} per operation, the one error body ({@link ErrorMapper.ApiError}) on every
 * refusal, and the sign-in server's discovery URL as configured where the portal runs.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ApiDocument implements OASFilter {

    static final String API = "/api/v1/";
    static final String SCHEME = "keycloak";
    static final String ERROR = "ApiError";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith(API)).toList()
                .forEach(openAPI.getPaths()::removePathItem);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(ERROR, errorSchema());
        components.addParameter(IDEMPOTENCY_KEY, idempotencyKey());
        ApiErrors.RESPONSES.forEach((name, description) -> components.addResponse(name,
                OASFactory.createAPIResponse().description(description).content(ApiErrors.json(ERROR))));
        Set<String> tags = new TreeSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            op.setOperationId(ApiOperationIds.of(op.getOperationId()));
            describeErrors(path, method, op);
            if (op.getTags() != null) {
                tags.addAll(op.getTags());
            }
        }));
        if (openAPI.getTags() != null) {
            openAPI.setTags(openAPI.getTags().stream().filter(tag -> tags.contains(tag.getName())).toList());
        }
        securityScheme(components);
    }

    private static void describeErrors(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        boolean takesInput = (op.getParameters() != null && !op.getParameters().isEmpty())
                || op.getRequestBody() != null;
        add(responses, "400", "BadRequest", takesInput);
        add(responses, "401", "Unauthorized", true);
        add(responses, "403", "Forbidden", true);
        add(responses, "404", "NotFound", path.contains("{"));
        add(responses, "409", "Conflict", method != PathItem.HttpMethod.GET);
        add(responses, "429", "TooManyRequests", true);
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "422", "IdempotencyKeyReused", true);
            op.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + IDEMPOTENCY_KEY));
        }
    }

    /** The optional header of every write that makes it safe to send again (see {@link IdempotencyFilter}). */
    private static Parameter idempotencyKey() {
        return OASFactory.createParameter().name(IdempotencyFilter.HEADER).in(Parameter.In.HEADER).required(false)
                .description("A key of the client's choosing (a UUID) that makes the write safe to send again: a"
                        + " repeat with the same key and the same request within 24 hours gets the first answer"
                        + " again (with Idempotent-Replayed: true) and nothing is done twice; the same key with"
                        + " another request is refused with 422; a repeat while the first is still being answered"
                        + " gets 409")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255));
    }

    private static void add(APIResponses responses, String status, String name, boolean applies) {
        if (applies && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
        } else if (applies && responses.getAPIResponse(status).getRef() == null
                && responses.getAPIResponse(status).getContent() == null) {
            responses.getAPIResponse(status).content(ApiErrors.json(ERROR));
        }
    }

    private static Schema errorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("The body of every refusal: the HTTP status, a sentence for a person, and a message per"
                        + " field or parameter at fault (empty when no one field is)")
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("fieldErrors", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .required(java.util.List.of("status", "message", "fieldErrors"));
    }

    private static void securityScheme(Components components) {
        String server = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .orElse(null);
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        SecurityScheme scheme = schemes == null ? null : schemes.get(SCHEME);
        if (scheme == null) {
            scheme = OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT);
            components.addSecurityScheme(SCHEME, scheme);
        }
        scheme.description("A bearer access token from the portal's Keycloak realm (see the integration guide)");
        if (server != null) {
            scheme.openIdConnectUrl(server.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        }
    }
}
