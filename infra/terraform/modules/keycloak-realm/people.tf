# The portal's service account: it invites, changes and deactivates the partners' people, and registers, rotates and
# revokes the partners' machine clients, through Keycloak's Admin REST API (client-credentials grant). It holds the
# user-management rights of realm-management, view-users (which includes query-users and query-groups) and
# manage-users, and the client rights view-clients and manage-clients (a machine client is a Keycloak client). It
# cannot change the realm, its roles, flows or user profile, so a person can never be given the right to edit their
# own partner or partnership.
resource "keycloak_openid_client" "people" {
  realm_id    = keycloak_realm.portal.id
  client_id   = "cctv-portal-people"
  name        = "CCTV Partnership Portal: people"
  description = "The portal's service account: invites, changes and deactivates the partners' people, and registers, rotates and revokes their machine clients, through the Admin REST API"
  enabled     = true

  access_type               = "CONFIDENTIAL"
  client_authenticator_type = "client-secret"
  client_secret             = var.people_client_secret

  standard_flow_enabled        = false
  direct_access_grants_enabled = false
  implicit_flow_enabled        = false
  service_accounts_enabled     = true
}

resource "keycloak_openid_client_default_scopes" "people" {
  realm_id       = keycloak_realm.portal.id
  client_id      = keycloak_openid_client.people.id
  default_scopes = ["basic"]
}

resource "keycloak_openid_client_optional_scopes" "people" {
  realm_id        = keycloak_realm.portal.id
  client_id       = keycloak_openid_client.people.id
  optional_scopes = []
}

data "keycloak_openid_client" "realm_management" {
  realm_id  = keycloak_realm.portal.id
  client_id = "realm-management"
}

resource "keycloak_openid_client_service_account_role" "people" {
  for_each = toset(local.people_rights)

  realm_id                = keycloak_realm.portal.id
  service_account_user_id = keycloak_openid_client.people.service_account_user_id
  client_id               = data.keycloak_openid_client.realm_management.id
  role                    = each.key
}

locals {
  # The realm-management roles of the service account, and nothing more (the local realm file grants the same).
  people_rights = ["view-users", "manage-users", "view-clients", "manage-clients"]
}
