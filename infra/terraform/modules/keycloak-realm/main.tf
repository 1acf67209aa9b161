# The portal's realm for shared and production Keycloak. It describes the same realm as
# infra/keycloak/cctv-portal-realm.json (the local stack's import) minus what exists only on the local stack: the
# cctv-portal-local-cli client (password grant) and the demo users, plus what production alone requires: a one-time
# code for evidence officers and partnership admins (mfa.tf). RealmDriftTest fails the build when the two differ.
#
# Users get their partner and partnership claims from the group of their partner (one group per partner, below):
# Keycloak's user attribute mapper falls back to the attributes of the user's groups when the user has none of their
# own. Realm roles are given to users one by one.

locals {
  realm     = "cctv-portal"
  client_id = "cctv-portal"

  # The nine realm roles and their descriptions.
  realm_roles = {
    "partnership-admin" = "Runs the partnership: admits partners, ratifies the specification, sees every partner's figures"
    "pcc-analyst"       = "Reads partnership-wide aggregates and dashboards; never footage"
    "partner-manager"   = "Keeps their own partner's estate, profile, bookings and evidence"
    "partner-viewer"    = "Reads their own partner's records"
    "hub-supervisor"    = "Runs a monitoring hub: approves bookings, builds rotas"
    "operator"          = "Control-room operator: watches cameras, captures evidence"
    "evidence-officer"  = "Handles evidence: receives shares, downloads under custody"
    "auditor"           = "Reads the audit and custody logs of their own partner"
    "platform-admin"    = "The service operator's staff: opens, suspends and reopens partnerships and manages their admins; belongs to no partnership"
  }
}

resource "keycloak_realm" "portal" {
  realm        = local.realm
  display_name = "CCTV Partnership Portal"
  enabled      = true
  ssl_required = "external"

  registration_allowed     = false
  reset_password_allowed   = false
  remember_me              = false
  login_with_email_allowed = true

  access_token_lifespan    = "5m"
  sso_session_idle_timeout = "30m"
  sso_session_max_lifespan = "10h"

  # Keycloak's own e-mail (the invitation's "set your password" link) goes through the partnership's mail server.
  smtp_server {
    host              = var.smtp.host
    port              = var.smtp.port
    from              = var.smtp.from
    from_display_name = "CCTV Partnership Portal"
    starttls          = var.smtp.starttls
    ssl               = false

    dynamic "auth" {
      for_each = var.smtp.user == "" ? [] : [var.smtp.user]
      content {
        username = var.smtp.user
        password = var.smtp.password
      }
    }
  }

  security_defenses {
    # The block turns brute-force protection on; the values are Keycloak's defaults.
    brute_force_detection {
      permanent_lockout                = false
      max_login_failures               = 30
      wait_increment_seconds           = 60
      quick_login_check_milli_seconds  = 1000
      minimum_quick_login_wait_seconds = 60
      max_failure_wait_seconds         = 900
      failure_reset_time_seconds       = 43200
    }
  }

  # Destroying the realm deletes every user of every partnership.
  lifecycle {
    prevent_destroy = true
  }
}

resource "keycloak_role" "realm" {
  for_each = local.realm_roles

  realm_id    = keycloak_realm.portal.id
  name        = each.key
  description = each.value
}

resource "keycloak_openid_client" "portal" {
  realm_id    = keycloak_realm.portal.id
  client_id   = local.client_id
  name        = "CCTV Partnership Portal"
  description = "The portal: browser sign-in (code flow) and API bearer tokens"
  enabled     = true

  access_type               = "CONFIDENTIAL"
  client_authenticator_type = "client-secret"
  client_secret             = var.client_secret

  standard_flow_enabled        = true
  direct_access_grants_enabled = false
  implicit_flow_enabled        = false
  service_accounts_enabled     = false
  pkce_code_challenge_method   = "S256"

  valid_redirect_uris             = ["${var.portal_base_url}/*"]
  valid_post_logout_redirect_uris = ["${var.portal_base_url}/*"]
  web_origins                     = ["+"]
}

resource "keycloak_openid_client_default_scopes" "portal" {
  realm_id       = keycloak_realm.portal.id
  client_id      = keycloak_openid_client.portal.id
  default_scopes = ["web-origins", "profile", "roles", "email", "basic"]
}

resource "keycloak_openid_client_optional_scopes" "portal" {
  realm_id        = keycloak_realm.portal.id
  client_id       = keycloak_openid_client.portal.id
  optional_scopes = []
}

# The tenant: Hibernate's discriminator and app.partner in PostgreSQL.
resource "keycloak_openid_user_attribute_protocol_mapper" "partner" {
  realm_id  = keycloak_realm.portal.id
  client_id = keycloak_openid_client.portal.id
  name      = "partner"

  user_attribute             = "partner"
  claim_name                 = "partner"
  claim_value_type           = "String"
  multivalued                = false
  add_to_id_token            = true
  add_to_access_token        = true
  add_to_userinfo            = true
  add_to_token_introspection = true
}

# The partnership boundary: app.partnership and the directory filter.
resource "keycloak_openid_user_attribute_protocol_mapper" "partnership" {
  realm_id  = keycloak_realm.portal.id
  client_id = keycloak_openid_client.portal.id
  name      = "partnership"

  user_attribute             = "partnership"
  claim_name                 = "partnership"
  claim_value_type           = "String"
  multivalued                = false
  add_to_id_token            = true
  add_to_access_token        = true
  add_to_userinfo            = true
  add_to_token_introspection = true
}

# The portal accepts only tokens naming it in aud (quarkus.oidc.token.audience).
resource "keycloak_openid_audience_protocol_mapper" "portal_audience" {
  realm_id  = keycloak_realm.portal.id
  client_id = keycloak_openid_client.portal.id
  name      = "portal-audience"

  included_client_audience   = local.client_id
  add_to_id_token            = false
  add_to_access_token        = true
  add_to_token_introspection = true
}
