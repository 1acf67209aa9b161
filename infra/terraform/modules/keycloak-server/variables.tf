variable "namespace" {
  description = "Namespace of Keycloak and its database."
  type        = string
}

variable "portal_namespace" {
  description = "Namespace of the portal, which reaches Keycloak for tokens, keys and user management."
  type        = string
}

variable "ingress_namespace" {
  description = "Namespace of the ingress controller, through which people sign in."
  type        = string
}

variable "operator_namespace" {
  description = "Namespace of the CloudNativePG operator (Keycloak's own database)."
  type        = string
}

variable "monitoring_namespace" {
  description = "Namespace of Prometheus."
  type        = string
}

variable "admin_cidrs" {
  description = "Where Terraform (the keycloak provider) reaches the admin API from."
  type        = list(string)
}

variable "kube_api_cidrs" {
  description = "Addresses of the Kubernetes API server."
  type        = list(string)
}

variable "smtp_cidrs" {
  description = "Addresses of the mail server Keycloak sends invitations and password resets through."
  type        = list(string)
}

variable "smtp_port" {
  description = "Port of the mail server."
  type        = number
}

variable "hostname" {
  description = "Public host name of Keycloak (as in keycloak_url)."
  type        = string
}

variable "image" {
  description = "Keycloak image by digest (the operator's version)."
  type        = string
}

variable "db_image" {
  description = "PostgreSQL image by digest for Keycloak's own database."
  type        = string
}

variable "instances" {
  description = "Keycloak instances (they share sessions through their distributed cache)."
  type        = number
}

variable "db_password" {
  description = "Password of Keycloak's database role."
  type        = string
  sensitive   = true
}

variable "cluster_issuer" {
  description = "cert-manager ClusterIssuer of Keycloak's public certificate."
  type        = string
}
