package org.cctvportal.infra;

import static org.cctvportal.infra.RealmShape.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@link RealmShape} from the realm file the local stack imports into Keycloak. */
final class RealmFile {

    static final Path PATH = Path.of("infra/keycloak/cctv-portal-realm.json");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Realm settings compared with Terraform, by their name in the realm file. */
    static final List<String> SETTINGS = List.of("realm", "displayName", "enabled", "sslRequired",
            "registrationAllowed", "resetPasswordAllowed", "rememberMe", "loginWithEmailAllowed",
            "bruteForceProtected", "accessTokenLifespan", "ssoSessionIdleTimeout", "ssoSessionMaxLifespan",
            "internationalizationEnabled");

    private RealmFile() {
    }

    /** The realm file as JSON, to read or to alter in memory. */
    static ObjectNode read() {
        try {
            return (ObjectNode) JSON.readTree(PATH.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RealmShape shape(JsonNode realm) {
        Map<String, Object> settings = new TreeMap<>();
        SETTINGS.stream().filter(realm::has).forEach(name -> settings.put(name, value(realm.get(name).asText())));
        Map<String, Object> roles = new TreeMap<>();
        realm.path("roles").path("realm").forEach(role -> roles.put(role.get("name").asText(),
                role.path("description").asText("")));
        Map<String, Object> clients = new TreeMap<>();
        realm.path("clients").forEach(client -> clients.put(client.get("clientId").asText(), client(client)));
        return new RealmShape(settings, roles, clients, userProfile(realm));
    }

    private static Map<String, Object> client(JsonNode client) {
        Map<String, Object> shape = new TreeMap<>();
        shape.put("name", client.path("name").asText(""));
        shape.put("description", client.path("description").asText(""));
        // Absent flags take the values Keycloak gives them on import.
        shape.put("enabled", value(client.path("enabled").asBoolean(true)));
        shape.put("publicClient", value(client.path("publicClient").asBoolean(false)));
        shape.put("standardFlowEnabled", value(client.path("standardFlowEnabled").asBoolean(true)));
        shape.put("directAccessGrantsEnabled", value(client.path("directAccessGrantsEnabled").asBoolean(false)));
        shape.put("implicitFlowEnabled", value(client.path("implicitFlowEnabled").asBoolean(false)));
        shape.put("serviceAccountsEnabled", value(client.path("serviceAccountsEnabled").asBoolean(false)));
        if (!client.path("publicClient").asBoolean(false)) {
            shape.put("clientAuthenticatorType", client.path("clientAuthenticatorType").asText("client-secret"));
        }
        shape.put("redirectUris", value(texts(client.path("redirectUris"))));
        shape.put("webOrigins", value(texts(client.path("webOrigins"))));
        JsonNode attributes = client.path("attributes");
        shape.put("pkceCodeChallengeMethod", attributes.path("pkce.code.challenge.method").asText(""));
        String postLogout = attributes.path("post.logout.redirect.uris").asText("");
        shape.put("postLogoutRedirectUris", value(postLogout.isEmpty() ? List.of() : List.of(postLogout.split("##"))));
        shape.put("defaultClientScopes", value(texts(client.path("defaultClientScopes"))));
        shape.put("optionalClientScopes", value(texts(client.path("optionalClientScopes"))));
        Map<String, Object> mappers = new TreeMap<>();
        client.path("protocolMappers").forEach(mapper -> {
            Map<String, Object> config = new TreeMap<>();
            config.put("protocolMapper", mapper.get("protocolMapper").asText());
            mapper.path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            mappers.put(mapper.get("name").asText(), config);
        });
        shape.put("protocolMappers", mappers);
        return shape;
    }

    private static Map<String, Object> userProfile(JsonNode realm) {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile;
        try {
            profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText("{}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> attributes = new TreeMap<>();
        profile.path("attributes").forEach(attribute -> attributes.put(attribute.get("name").asText(),
                attribute(attribute)));
        Map<String, Object> groups = new TreeMap<>();
        profile.path("groups").forEach(group -> groups.put(group.get("name").asText(), Map.of(
                "displayHeader", group.path("displayHeader").asText(""),
                "displayDescription", group.path("displayDescription").asText(""))));
        Map<String, Object> shape = new TreeMap<>();
        shape.put("attributes", attributes);
        shape.put("groups", groups);
        shape.put("unmanagedAttributePolicy", profile.path("unmanagedAttributePolicy").asText("DISABLED"));
        return shape;
    }

    private static Map<String, Object> attribute(JsonNode attribute) {
        Map<String, Object> shape = new TreeMap<>();
        shape.put("displayName", attribute.path("displayName").asText(""));
        shape.put("multivalued", value(attribute.path("multivalued").asBoolean(false)));
        shape.put("group", attribute.path("group").asText(""));
        shape.put("requiredForRoles", value(texts(attribute.path("required").path("roles"))));
        shape.put("view", value(texts(attribute.path("permissions").path("view"))));
        shape.put("edit", value(texts(attribute.path("permissions").path("edit"))));
        Map<String, Object> validators = new TreeMap<>();
        attribute.path("validations").fields().forEachRemaining(validator -> {
            Map<String, Object> config = new LinkedHashMap<>();
            validator.getValue().fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            validators.put(validator.getKey(), new TreeMap<>(config));
        });
        shape.put("validators", validators);
        return shape;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
