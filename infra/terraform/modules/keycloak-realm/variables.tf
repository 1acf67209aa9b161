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

variable "people_client_secret" {
  description = "Secret of the cctv-portal-people service account. The portal uses the same value as QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET."
  type        = string
  sensitive   = true
}

variable "smtp" {
  description = "The mail server Keycloak sends its e-mail through (invitations, password resets)."
  type = object({
    host     = string
    port     = number
    from     = string
    starttls = bool
    user     = string
    password = string
  })
  sensitive = true
}
