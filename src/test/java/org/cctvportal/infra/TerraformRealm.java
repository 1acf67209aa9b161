package org.cctvportal.infra;

import static org.cctvportal.infra.RealmShape.seconds;
import static org.cctvportal.infra.RealmShape.value;
import static org.cctvportal.infra.TerraformModule.blocks;
import static org.cctvportal.infra.TerraformModule.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads {@link RealmShape} from the Keycloak realm module, turning each resource into the realm file's form and filling
 * in the Keycloak provider's defaults where an argument is left out.
 */
final class TerraformRealm {

    static final Path MODULE = TerraformModule.ROOT.resolve("modules/keycloak-realm");

    /** The realm file writes the portal's address as this placeholder; Terraform takes it as var.portal_base_url. */
    static final Map<String, Object> VARIABLES = Map.of("portal_base_url", "${PORTAL_BASE_URL}");

    /** Protocol mapper resource types this reader knows, with their realm-file form. */
    private static final Map<String, Function<Map<String, Object>, Map<String, Object>>> MAPPERS = Map.of(
            "keycloak_openid_user_attribute_protocol_mapper", TerraformRealm::userAttributeMapper,
            "keycloak_openid_audience_protocol_mapper", TerraformRealm::audienceMapper);

    private TerraformRealm() {
    }

    static RealmShape shape(TerraformModule module) {
        Map<String, Object> realm = module.only("keycloak_realm");
        return new RealmShape(settings(realm), roles(module), clients(module), userProfile(module));
    }

    private static Map<String, Object> settings(Map<String, Object> realm) {
        Map<String, Object> settings = new TreeMap<>();
        settings.put("realm", value(realm.get("realm")));
        settings.put("displayName", value(realm.get("display_name")));
        settings.put("enabled", value(realm.getOrDefault("enabled", true)));
        settings.put("sslRequired", value(realm.get("ssl_required")));
        settings.put("registrationAllowed", value(realm.get("registration_allowed")));
        settings.put("resetPasswordAllowed", value(realm.get("reset_password_allowed")));
        settings.put("rememberMe", value(realm.get("remember_me")));
        settings.put("loginWithEmailAllowed", value(realm.get("login_with_email_allowed")));
        settings.put("accessTokenLifespan", seconds(realm.get("access_token_lifespan")));
        settings.put("ssoSessionIdleTimeout", seconds(realm.get("sso_session_idle_timeout")));
        settings.put("ssoSessionMaxLifespan", seconds(realm.get("sso_session_max_lifespan")));
        boolean bruteForce = blocks(realm.get("security_defenses")).stream()
                .anyMatch(defences -> !blocks(defences.get("brute_force_detection")).isEmpty());
        settings.put("bruteForceProtected", value(bruteForce));
        settings.put("internationalizationEnabled", value(!blocks(realm.get("internationalization")).isEmpty()));
        settings.values().removeIf(Objects::isNull);
        return settings;
    }

    private static Map<String, Object> roles(TerraformModule module) {
        Map<String, Object> roles = new TreeMap<>();
        module.resources("keycloak_role").forEach((name, role) -> {
            if (role.get("client_id") != null) {
                return; // a client role, not a realm role
            }
            if (role.get("for_each") instanceof Map<?, ?> each) {
                if (!"each.key".equals(reference(role.get("name")))
                        || !"each.value".equals(reference(role.get("description")))) {
                    throw new IllegalStateException("keycloak_role." + name
                            + " must take its name from each.key and its description from each.value");
                }
                each.forEach((key, description) -> roles.put(key.toString(), String.valueOf(description)));
            } else {
                roles.put(String.valueOf(role.get("name")), String.valueOf(role.getOrDefault("description", "")));
            }
        });
        return roles;
    }

    private static Map<String, Object> clients(TerraformModule module) {
        Map<String, Object> clients = new TreeMap<>();
        module.resources("keycloak_openid_client").forEach((name, client) -> clients.put(
                String.valueOf(client.get("client_id")), client(module, name, client)));
        return clients;
    }

    private static Map<String, Object> client(TerraformModule module, String resource, Map<String, Object> client) {
        boolean publicClient = "PUBLIC".equals(client.get("access_type"));
        Map<String, Object> shape = new TreeMap<>();
        shape.put("name", value(client.getOrDefault("name", "")));
        shape.put("description", value(client.getOrDefault("description", "")));
        shape.put("enabled", value(client.getOrDefault("enabled", true)));
        shape.put("publicClient", value(publicClient));
        shape.put("standardFlowEnabled", value(client.getOrDefault("standard_flow_enabled", false)));
        shape.put("directAccessGrantsEnabled", value(client.getOrDefault("direct_access_grants_enabled", false)));
        shape.put("implicitFlowEnabled", value(client.getOrDefault("implicit_flow_enabled", false)));
        shape.put("serviceAccountsEnabled", value(client.getOrDefault("service_accounts_enabled", false)));
        if (!publicClient) {
            shape.put("clientAuthenticatorType", value(client.getOrDefault("client_authenticator_type",
                    "client-secret")));
        }
        shape.put("redirectUris", value(list(client.get("valid_redirect_uris"))));
        shape.put("webOrigins", value(list(client.get("web_origins"))));
        shape.put("pkceCodeChallengeMethod", value(client.getOrDefault("pkce_code_challenge_method", "")));
        shape.put("postLogoutRedirectUris", value(list(client.get("valid_post_logout_redirect_uris"))));
        scopes(module, "keycloak_openid_client_default_scopes", "default_scopes", resource)
                .ifPresent(scopes -> shape.put("defaultClientScopes", scopes));
        scopes(module, "keycloak_openid_client_optional_scopes", "optional_scopes", resource)
                .ifPresent(scopes -> shape.put("optionalClientScopes", scopes));
        shape.put("protocolMappers", mappers(module, resource));
        return shape;
    }

    private static Optional<Object> scopes(TerraformModule module, String type, String argument,
            String client) {
        return module.resources(type).values().stream().filter(scopes -> belongsTo(scopes, client)).findFirst()
                .map(scopes -> value(list(scopes.get(argument))));
    }

    private static Map<String, Object> mappers(TerraformModule module, String client) {
        Map<String, Object> mappers = new TreeMap<>();
        for (String type : module.resourceTypes()) {
            if (!type.startsWith("keycloak_openid_") || !type.endsWith("_protocol_mapper")) {
                continue;
            }
            module.resources(type).forEach((name, mapper) -> {
                if (!belongsTo(mapper, client)) {
                    return;
                }
                if (!MAPPERS.containsKey(type)) {
                    throw new IllegalStateException(type + "." + name + ": no realm-file form known for this mapper"
                            + " type; add it to TerraformRealm so the drift test can compare it");
                }
                mappers.put(String.valueOf(mapper.get("name")), MAPPERS.get(type).apply(mapper));
            });
        }
        return mappers;
    }

    private static Map<String, Object> userAttributeMapper(Map<String, Object> mapper) {
        Map<String, Object> config = new TreeMap<>();
        config.put("protocolMapper", "oidc-usermodel-attribute-mapper");
        config.put("user.attribute", value(mapper.get("user_attribute")));
        config.put("claim.name", value(mapper.get("claim_name")));
        config.put("jsonType.label", value(mapper.getOrDefault("claim_value_type", "String")));
        config.put("multivalued", value(mapper.getOrDefault("multivalued", false)));
        config.put("id.token.claim", value(mapper.getOrDefault("add_to_id_token", true)));
        config.put("access.token.claim", value(mapper.getOrDefault("add_to_access_token", true)));
        config.put("userinfo.token.claim", value(mapper.getOrDefault("add_to_userinfo", true)));
        config.put("introspection.token.claim", value(mapper.getOrDefault("add_to_token_introspection", true)));
        if (Boolean.TRUE.equals(mapper.get("aggregate_attributes"))) {
            config.put("aggregate.attrs", "true");
        }
        return config;
    }

    private static Map<String, Object> audienceMapper(Map<String, Object> mapper) {
        Map<String, Object> config = new TreeMap<>();
        config.put("protocolMapper", "oidc-audience-mapper");
        config.put("included.client.audience", value(mapper.get("included_client_audience")));
        config.put("included.custom.audience", value(mapper.get("included_custom_audience")));
        config.put("id.token.claim", value(mapper.getOrDefault("add_to_id_token", true)));
        config.put("access.token.claim", value(mapper.getOrDefault("add_to_access_token", true)));
        config.put("introspection.token.claim", value(mapper.getOrDefault("add_to_token_introspection", true)));
        config.values().removeIf(Objects::isNull);
        return config;
    }

    private static Map<String, Object> userProfile(TerraformModule module) {
        Map<String, Object> profile = module.only("keycloak_realm_user_profile");
        Map<String, Object> attributes = new TreeMap<>();
        blocks(profile.get("attribute")).forEach(attribute -> attributes.put(String.valueOf(attribute.get("name")),
                attribute(attribute)));
        Map<String, Object> groups = new TreeMap<>();
        blocks(profile.get("group")).forEach(group -> groups.put(String.valueOf(group.get("name")), Map.of(
                "displayHeader", value(group.getOrDefault("display_header", "")),
                "displayDescription", value(group.getOrDefault("display_description", "")))));
        Map<String, Object> shape = new TreeMap<>();
        shape.put("attributes", attributes);
        shape.put("groups", groups);
        shape.put("unmanagedAttributePolicy", value(profile.getOrDefault("unmanaged_attribute_policy", "DISABLED")));
        return shape;
    }

    private static Map<String, Object> attribute(Map<String, Object> attribute) {
        Map<String, Object> permissions = blocks(attribute.get("permissions")).stream().findFirst().orElse(Map.of());
        Map<String, Object> shape = new TreeMap<>();
        shape.put("displayName", value(attribute.getOrDefault("display_name", "")));
        shape.put("multivalued", value(attribute.getOrDefault("multi_valued", false)));
        shape.put("group", value(attribute.getOrDefault("group", "")));
        shape.put("requiredForRoles", value(list(attribute.get("required_for_roles"))));
        shape.put("view", value(list(permissions.get("view"))));
        shape.put("edit", value(list(permissions.get("edit"))));
        Map<String, Object> validators = new TreeMap<>();
        blocks(attribute.get("validator")).forEach(validator -> {
            Map<String, Object> config = new TreeMap<>();
            blocks(validator.get("config")).forEach(c -> c.forEach((key, v) -> config.put(key, value(v))));
            validators.put(String.valueOf(validator.get("name")), config);
        });
        shape.put("validators", validators);
        return shape;
    }

    /** True when a resource's client_id refers to the keycloak_openid_client named {@code client}. */
    static boolean belongsTo(Map<String, Object> resource, String client) {
        return ("keycloak_openid_client." + client + ".id").equals(reference(resource.get("client_id")));
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }
}
