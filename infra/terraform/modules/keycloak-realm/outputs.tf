output "realm_url" {
  description = "The realm's address: the portal's PORTAL_OIDC_URL."
  value       = "${var.keycloak_url}/realms/${keycloak_realm.portal.realm}"
}

output "client_id" {
  description = "The portal's client (quarkus.oidc.client-id)."
  value       = keycloak_openid_client.portal.client_id
}

output "partner_groups" {
  description = "Keycloak group id of each partner, by partner identifier."
  value       = { for id, group in keycloak_group.partner : id => group.id }
}

output "people_client_id" {
  description = "The portal's service account for its people (quarkus.oidc-client.client-id)."
  value       = keycloak_openid_client.people.client_id
}
