package org.cctvportal.infra;

import static org.cctvportal.infra.TerraformModule.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for the realm: what Terraform builds in shared and production Keycloak
 * ({@code infra/terraform/modules/keycloak-realm}) and what the local stack imports
 * ({@code infra/keycloak/cctv-portal-realm.json}) must have the same settings, roles, portal client, claim mappers
 * and user profile. Terraform leaves out only what is local: the password-grant client and the demo users; and it
 * adds one thing the demo leaves optional: a one-time code at sign-in for evidence officers and partnership admins.
 */
class RealmDriftTest {

    @Test
    void terraformDescribesTheRealmTheLocalStackImports() {
        List<String> drift = RealmShape.drift(RealmFile.shape(RealmFile.read()), terraform());

        assertEquals(List.of(), drift, () -> "Terraform and " + RealmFile.PATH + " have drifted apart:\n  "
                + String.join("\n  ", drift));
    }

    @Test
    void theComparisonReadsEveryPartOfTheRealm() {
        // Guards against a reader that finds nothing on either side, which would compare as "no drift".
        for (RealmShape shape : List.of(RealmFile.shape(RealmFile.read()), terraform())) {
            assertEquals(9, shape.roles().size(), "realm roles");
            Map<?, ?> portal = (Map<?, ?>) shape.clients().get("cctv-portal");
            assertEquals(Set.of("partner", "partnership", "portal-audience"),
                    ((Map<?, ?>) portal.get("protocolMappers")).keySet());
            Map<?, ?> attributes = (Map<?, ?>) shape.userProfile().get("attributes");
            assertTrue(attributes.keySet().containsAll(Set.of("partner", "partnership")), "profile attributes");
            assertEquals("300", shape.settings().get("accessTokenLifespan"));
        }
    }

    @Test
    void thePasswordGrantClientExistsOnlyOnTheLocalStack() {
        assertTrue(RealmFile.shape(RealmFile.read()).clients().keySet().containsAll(RealmShape.LOCAL_ONLY_CLIENTS),
                "the local stack's realm file has the local client, so this test still means something");
        RealmShape terraform = terraform();
        assertFalse(terraform.clients().keySet().stream().anyMatch(RealmShape.LOCAL_ONLY_CLIENTS::contains));
        terraform.clients().forEach((id, client) -> assertEquals("false",
                ((Map<?, ?>) client).get("directAccessGrantsEnabled"), id + " allows the password grant"));
    }

    @Test
    void aRoleRenamedInTerraformIsReported() {
        Map<String, String> files = new HashMap<>(TerraformModule.read(TerraformRealm.MODULE));
        files.replaceAll((file, text) -> text.replace("\"pcc-analyst\"", "\"pcc-analysts\""));
        RealmShape drifted = TerraformRealm.shape(TerraformModule.parse(files, TerraformRealm.VARIABLES));

        assertEquals(List.of("roles.pcc-analyst: in the realm file, missing from Terraform",
                "roles.pcc-analysts: in Terraform, missing from the realm file"),
                RealmShape.drift(RealmFile.shape(RealmFile.read()), drifted));
    }

    @Test
    void aClaimRenamedInTheRealmFileIsReported() {
        ObjectNode realm = RealmFile.read();
        ((ObjectNode) mapper(realm, "cctv-portal", "partnership").get("config")).put("claim.name", "tenant");

        assertEquals(List.of("clients.cctv-portal.protocolMappers.partnership.claim.name: realm file has tenant,"
                + " Terraform has partnership"), RealmShape.drift(RealmFile.shape(realm), terraform()));
    }

    @Test
    void aPartnerAttributeUsersMayEditIsReported() throws Exception {
        ObjectNode realm = RealmFile.read();
        ArrayNode config = (ArrayNode) realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config"
                + "/kc.user.profile.config");
        JsonNode profile = RealmFile.JSON.readTree(config.get(0).asText());
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals("partner")) {
                ((ArrayNode) attribute.at("/permissions/edit")).add("user");
            }
        }
        config.set(0, profile.toString());

        assertEquals(List.of("userProfile.attributes.partner.edit: realm file has [admin, user], Terraform has"
                + " [admin]"), RealmShape.drift(RealmFile.shape(realm), terraform()));
    }

    @Test
    void theLocalClientAddedToTerraformIsReported() {
        Map<String, String> files = new HashMap<>(TerraformModule.read(TerraformRealm.MODULE));
        files.put("local-cli.tf", """
                resource "keycloak_openid_client" "local_cli" {
                  realm_id                     = keycloak_realm.portal.id
                  client_id                    = "cctv-portal-local-cli"
                  access_type                  = "PUBLIC"
                  direct_access_grants_enabled = true
                }
                """);
        RealmShape drifted = TerraformRealm.shape(TerraformModule.parse(files, TerraformRealm.VARIABLES));

        assertEquals(List.of("clients.cctv-portal-local-cli: a local-stack-only client (password grant) is in"
                + " Terraform"), RealmShape.drift(RealmFile.shape(RealmFile.read()), drifted));
    }

    @Test
    void eachPartnerGroupCarriesTheAttributesTheClaimsAreReadFrom() {
        Map<String, Object> partners = Map.of("tv-oxford-city", Map.of("name", "Oxford City Council",
                "partnership", "thames-valley"));
        Map<String, Object> variables = new HashMap<>(TerraformRealm.VARIABLES);
        variables.put("partners", partners);
        TerraformModule module = TerraformModule.load(TerraformRealm.MODULE, variables);
        Map<String, Object> group = module.only("keycloak_group");
        Set<String> claimAttributes = module.resources("keycloak_openid_user_attribute_protocol_mapper").values()
                .stream().map(mapper -> String.valueOf(mapper.get("user_attribute"))).collect(Collectors.toSet());

        assertEquals(partners, group.get("for_each"), "one group per entry of var.partners");
        Map<?, ?> attributes = (Map<?, ?>) group.get("attributes");
        assertEquals(claimAttributes, attributes.keySet());
        assertEquals("each.key", reference(attributes.get("partner")));
        assertEquals("each.value.partnership", reference(attributes.get("partnership")));
    }

    @Test
    void thePortalsClientAndAudienceAreTheOnesItChecks() {
        RealmShape terraform = terraform();
        Map<?, ?> mappers = (Map<?, ?>) ((Map<?, ?>) terraform.clients().get("cctv-portal")).get("protocolMappers");
        String audience = (String) ((Map<?, ?>) mappers.get("portal-audience")).get("included.client.audience");

        assertTrue(terraform.clients().containsKey(PortalProperties.get("quarkus.oidc.client-id")));
        assertEquals(PortalProperties.get("quarkus.oidc.api.client-id"), PortalProperties.get("quarkus.oidc.client-id"));
        assertEquals(PortalProperties.get("quarkus.oidc.token.audience"), audience);
        assertEquals(PortalProperties.get("quarkus.oidc.api.token.audience"), audience);
    }

    @Test
    void evidenceOfficersAndAdminsGiveAOneTimeCodeInTerraformButNotInTheDemo() {
        TerraformModule module = TerraformModule.load(TerraformRealm.MODULE, TerraformRealm.VARIABLES);
        Map<String, Map<String, Object>> executions = module.resources("keycloak_authentication_execution");
        Map<String, Map<String, Object>> subflows = module.resources("keycloak_authentication_subflow");
        assertEquals("keycloak_authentication_flow.browser.alias",
                reference(module.only("keycloak_authentication_bindings").get("browser_flow")), "the browser flow");
        Map<String, Object> totp = module.only("keycloak_required_action");
        assertEquals(List.of("CONFIGURE_TOTP", true), List.of(totp.get("alias"), totp.get("enabled")));

        for (String role : List.of("evidence-officer", "partnership-admin", "platform-admin")) {
            Map<String, Object> condition = module.resources("keycloak_authentication_execution_config").values()
                    .stream().filter(c -> Map.of("condUserRole", role, "negate", "false").equals(c.get("config")))
                    .findFirst().orElseThrow(() -> new AssertionError("no condition on the role " + role));
            String execution = resourceName(condition.get("execution_id"));
            assertEquals("conditional-user-role", executions.get(execution).get("authenticator"));
            String subflow = resourceName(executions.get(execution).get("parent_flow_alias"));
            assertEquals("CONDITIONAL", subflows.get(subflow).get("requirement"), role);
            assertEquals("keycloak_authentication_subflow.forms.alias",
                    reference(subflows.get(subflow).get("parent_flow_alias")), role + "'s code follows the password");
            assertTrue(executions.values().stream().anyMatch(e -> "auth-otp-form".equals(e.get("authenticator"))
                    && "REQUIRED".equals(e.get("requirement"))
                    && ("keycloak_authentication_subflow." + subflow + ".alias").equals(
                            reference(e.get("parent_flow_alias")))), role + " is asked for a one-time code");
        }
        assertEquals("keycloak_authentication_flow.browser.alias", reference(subflows.get("forms")
                .get("parent_flow_alias")));

        ObjectNode demo = RealmFile.read();
        assertFalse(demo.has("browserFlow") && !"browser".equals(demo.get("browserFlow").asText()),
                "the demo realm keeps Keycloak's browser flow, where a one-time code is optional");
        assertFalse(demo.path("authenticationFlows").toString().contains("conditional-user-role"));
    }

    /** {@code keycloak_x.name.attribute} as {@code name}. */
    private static String resourceName(Object value) {
        String text = reference(value);
        assertTrue(text != null, "a reference: " + value);
        return text.split("\\.")[1];
    }

    private static RealmShape terraform() {
        return TerraformRealm.shape(TerraformModule.load(TerraformRealm.MODULE, TerraformRealm.VARIABLES));
    }

    private static JsonNode mapper(JsonNode realm, String clientId, String name) {
        for (JsonNode client : realm.path("clients")) {
            for (JsonNode mapper : client.path("protocolMappers")) {
                if (client.path("clientId").asText().equals(clientId) && mapper.path("name").asText().equals(name)) {
                    return mapper;
                }
            }
        }
        throw new IllegalArgumentException("No mapper " + name + " on client " + clientId);
    }
}
