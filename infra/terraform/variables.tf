# Every value that differs between environments. Secrets have no default: set them as TF_VAR_<name> environment
# variables from a secret store. terraform.tfvars.example shows the rest.

# ---- Keycloak ----

variable "keycloak_url" {
  description = "Public address of Keycloak without a trailing slash, as it appears in tokens' issuer, e.g. https://id.example.org."
  type        = string

  validation {
    condition     = can(regex("^https://[^/]+(/.*[^/])?$", var.keycloak_url))
    error_message = "keycloak_url must be an https address without a trailing slash."
  }
}

variable "keycloak_admin_url" {
  description = "Address Terraform uses for Keycloak's admin API, when it differs from keycloak_url (e.g. an internal address)."
  type        = string
  default     = null
}

variable "keycloak_admin_realm" {
  description = "Realm of the client Terraform signs in with."
  type        = string
  default     = "master"
}

variable "keycloak_admin_client_id" {
  description = "Client Terraform signs in with (client credentials grant); its service account needs the admin role."
  type        = string
  default     = "terraform"
}

variable "keycloak_admin_client_secret" {
  description = "Secret of keycloak_admin_client_id."
  type        = string
  sensitive   = true
}

variable "portal_base_url" {
  description = "Public address of the portal without a trailing slash, e.g. https://cctv.example.org."
  type        = string

  validation {
    condition     = can(regex("^https://[^/]+$", var.portal_base_url))
    error_message = "portal_base_url must be an https address with no path and no trailing slash."
  }
}

variable "oidc_client_secret" {
  description = "Secret of the cctv-portal client; also the key that encrypts the portal's session cookie (QUARKUS_OIDC_CREDENTIALS_SECRET)."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.oidc_client_secret) >= 32
    error_message = "oidc_client_secret must be at least 32 characters: it also encrypts the session cookie."
  }
}

variable "people_client_secret" {
  description = "Secret of the cctv-portal-people service account, with which the portal manages the partners' people (QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET)."
  type        = string
  sensitive   = true
}

variable "smtp_host" {
  description = "The mail server Keycloak sends invitations and password resets through, and the portal its notifications (PORTAL_SMTP_HOST)."
  type        = string
}

variable "smtp_port" {
  description = "Port of smtp_host (587 with STARTTLS)."
  type        = number
  default     = 587
}

variable "smtp_from" {
  description = "The sender of Keycloak's and the portal's e-mail, e.g. no-reply@cctv.example.org (PORTAL_MAIL_FROM)."
  type        = string
}

variable "smtp_user" {
  description = "User name at the mail server; empty when it needs none."
  type        = string
  default     = ""
}

variable "smtp_password" {
  description = "Password of smtp_user (empty when the mail server needs none)."
  type        = string
  sensitive   = true
}

variable "partners" {
  description = "Every partner of every partnership, by the partner's identifier in the portal (e.g. tv-oxford-city). Each gets a Keycloak group carrying its partner and partnership attributes."
  type = map(object({
    name        = string
    partnership = string
  }))
  default = {}

  validation {
    condition     = length(distinct([for p in values(var.partners) : p.name])) == length(var.partners)
    error_message = "Partner names must be unique: each names a Keycloak group."
  }
}

# ---- PostgreSQL (provided as a managed service or by an operator) ----

variable "database_jdbc_url" {
  description = "JDBC URL of the primary, read-write (QUARKUS_DATASOURCE_JDBC_URL), e.g. jdbc:postgresql://db.internal:5432/cctv_portal?sslmode=verify-full."
  type        = string

  validation {
    condition     = startswith(var.database_jdbc_url, "jdbc:postgresql://")
    error_message = "database_jdbc_url must be a jdbc:postgresql:// URL."
  }
}

variable "database_replica_jdbc_url" {
  description = "JDBC URL of a read replica for read-only figures that may lag a few seconds (PORTAL_DB_REPLICA_URL); null when there is none, and the portal reads those figures from the primary."
  type        = string
  default     = null
}

variable "database_username" {
  description = "The portal's role: owns nothing, NOBYPASSRLS (QUARKUS_DATASOURCE_USERNAME)."
  type        = string
  default     = "cctv_portal"
}

variable "database_password" {
  description = "Password of database_username (QUARKUS_DATASOURCE_PASSWORD)."
  type        = string
  sensitive   = true
}

variable "database_owner_username" {
  description = "The schema owner Flyway migrates as (QUARKUS_FLYWAY_USERNAME)."
  type        = string
  default     = "cctv_owner"
}

variable "database_owner_password" {
  description = "Password of database_owner_username (QUARKUS_FLYWAY_PASSWORD)."
  type        = string
  sensitive   = true
}

variable "database_pool_max_size" {
  description = "Connections per portal instance (QUARKUS_DATASOURCE_JDBC_MAX_SIZE); max_replicas times this must stay below the server's limit."
  type        = number
  default     = 20
}

# ---- MinIO ----

variable "minio_server" {
  description = "MinIO host and port Terraform uses for its admin API, without a scheme, e.g. minio.internal:9000."
  type        = string
}

variable "minio_ssl" {
  description = "Reach minio_server over TLS."
  type        = bool
  default     = true
}

variable "minio_admin_user" {
  description = "MinIO account Terraform uses to create buckets, policies and the portal's account."
  type        = string
}

variable "minio_admin_password" {
  description = "Password of minio_admin_user."
  type        = string
  sensitive   = true
}

variable "storage_endpoint" {
  description = "URL the portal reaches MinIO at (PORTAL_STORAGE_ENDPOINT), e.g. https://minio.internal:9000."
  type        = string
}

variable "storage_region" {
  description = "Region in request signatures (PORTAL_STORAGE_REGION); MinIO accepts us-east-1 unless set otherwise."
  type        = string
  default     = "us-east-1"
}

variable "storage_portal_user" {
  description = "Name of the portal's MinIO account; it becomes PORTAL_STORAGE_ACCESS_KEY."
  type        = string
  default     = "cctv-portal"
}

variable "evidence_bucket" {
  description = "Evidence bucket; the portal's default is portal.storage.evidence-bucket in application.properties."
  type        = string
  default     = "cctv-evidence"
}

variable "imports_bucket" {
  description = "Imports bucket; the portal's default is portal.storage.imports-bucket in application.properties."
  type        = string
  default     = "cctv-imports"
}

variable "evidence_retention_mode" {
  description = "GOVERNANCE: an account holding s3:BypassGovernanceRetention (not the portal's) can lift a lock. COMPLIANCE: nobody can, not even MinIO's root account."
  type        = string
  default     = "GOVERNANCE"

  validation {
    condition     = contains(["GOVERNANCE", "COMPLIANCE"], var.evidence_retention_mode)
    error_message = "evidence_retention_mode must be GOVERNANCE or COMPLIANCE."
  }
}

variable "evidence_retention_days" {
  description = "Days each new evidence object is locked: 31, the retention of footage that is not evidential."
  type        = number
  default     = 31
}

variable "evidence_noncurrent_days" {
  description = "Days a disposed (deleted) evidence version is kept before it is removed for good (longer while it is still locked), to recover from a mistaken disposal."
  type        = number
  default     = 7
}

variable "imports_expiry_days" {
  description = "Days after which an uploaded import file is removed."
  type        = number
  default     = 7
}

# ---- Kubernetes ----

variable "kubeconfig_path" {
  description = "Kubeconfig file for the cluster; null to use KUBE_CONFIG_PATH."
  type        = string
  default     = null
}

variable "kube_context" {
  description = "Context in the kubeconfig; null for its current context."
  type        = string
  default     = null
}

variable "namespace" {
  description = "Namespace of the portal."
  type        = string
  default     = "cctv-portal"
}

variable "create_namespace" {
  description = "Create the namespace; false when it already exists."
  type        = bool
  default     = true
}

variable "portal_image" {
  description = "The portal's container image, pinned by tag or digest, e.g. registry.example.org/cctv-portal:0.1.0."
  type        = string
}

variable "min_replicas" {
  description = "Fewest portal instances."
  type        = number
  default     = 2

  validation {
    condition     = var.min_replicas >= 1
    error_message = "min_replicas must be at least 1."
  }
}

variable "max_replicas" {
  description = "Most portal instances the autoscaler may run."
  type        = number
  default     = 4
}

variable "cpu_target_utilisation" {
  description = "Average CPU use, in per cent of the request, the autoscaler aims for."
  type        = number
  default     = 70
}

variable "cpu_request" {
  description = "CPU reserved for each portal instance."
  type        = string
  default     = "500m"
}

variable "cpu_limit" {
  description = "CPU limit of each portal instance."
  type        = string
  default     = "2"
}

variable "memory_request" {
  description = "Memory reserved for each portal instance."
  type        = string
  default     = "768Mi"
}

variable "memory_limit" {
  description = "Memory limit of each portal instance."
  type        = string
  default     = "768Mi"
}

variable "java_options" {
  description = "JVM options of each portal instance (JAVA_TOOL_OPTIONS), with the heap bound; see docs/operations.md (The JVM and its heap) and the footprint benchmark in docs/benchmarks.md."
  type        = string
  default     = "-Xmx256m"
}

variable "tmp_size_limit" {
  description = "Size limit of each instance's /tmp, where uploads are buffered."
  type        = string
  default     = "4Gi"
}

variable "trusted_proxies" {
  description = "Addresses of the load balancer in front of the portal, whose forwarded headers the portal trusts (PORTAL_TRUSTED_PROXIES)."
  type        = list(string)
  default     = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]
}
