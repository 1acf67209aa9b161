variable "keycloak_url" {
  description = "Public address of Keycloak (the issuer host in tokens), without a trailing slash."
  type        = string
}

variable "portal_base_url" {
  description = "Public address of the portal without a trailing slash; the client's redirect and post-logout URIs are this address followed by /*."
  type        = string
}

variable "client_secret" {
  description = "Secret of the cctv-portal client. The portal uses the same value as QUARKUS_OIDC_CREDENTIALS_SECRET."
  type        = string
  sensitive   = true
}

variable "partners" {
  description = "Partners by identifier. Each gets a group carrying its partner and partnership attributes."
  type = map(object({
    name        = string
    partnership = string
  }))
}
