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

# ---- PostgreSQL on CloudNativePG ----

variable "database_namespace" {
  description = "Namespace of the portal's PostgreSQL cluster."
  type        = string
  default     = "cctv-db"
}

variable "database_cluster_name" {
  description = "Name of the CloudNativePG Cluster; its services are <name>-rw and <name>-ro."
  type        = string
  default     = "cctv-portal-db"
}

variable "database_name" {
  description = "The portal's database."
  type        = string
  default     = "cctv_portal"
}

variable "database_image" {
  description = "PostgreSQL 15 image by digest, e.g. ghcr.io/cloudnative-pg/postgresql:15.10@sha256:<64 hex>."
  type        = string

  validation {
    condition     = can(regex("@sha256:[0-9a-f]{64}$", var.database_image))
    error_message = "database_image must be pinned by digest (@sha256:...)."
  }
}

variable "database_instances" {
  description = "PostgreSQL instances: a primary and streaming replicas, one per zone."
  type        = number
  default     = 3

  validation {
    condition     = var.database_instances >= 3
    error_message = "Three instances at least: a primary and a replica in each of two other zones."
  }
}

variable "database_storage_size" {
  description = "Data volume of each PostgreSQL instance."
  type        = string
  default     = "100Gi"
}

variable "database_wal_storage_size" {
  description = "WAL volume of each PostgreSQL instance."
  type        = string
  default     = "20Gi"
}

variable "database_resources" {
  description = "Requests and limits of each PostgreSQL instance."
  type = object({
    cpu_request    = string
    cpu_limit      = string
    memory_request = string
    memory_limit   = string
  })
  default = {
    cpu_request    = "1"
    cpu_limit      = "2"
    memory_request = "4Gi"
    memory_limit   = "4Gi"
  }
}

variable "database_parameters" {
  description = "postgresql.conf parameters; max_connections must exceed max_replicas times database_pool_max_size (and the replica pool)."
  type        = map(string)
  default = {
    max_connections      = "200"
    shared_buffers       = "1GB"
    effective_cache_size = "3GB"
    work_mem             = "16MB"
  }
}

variable "database_backup" {
  description = "Continuous backup of PostgreSQL to object storage (off this site): where, how long kept, when base backups run."
  type = object({
    destination_path = string
    endpoint_url     = string
    retention        = string
    schedule         = string
  })
}

variable "database_backup_access_key" {
  description = "Access key of the account PostgreSQL's backups are written with."
  type        = string
  sensitive   = true
}

variable "database_backup_secret_key" {
  description = "Secret key of database_backup_access_key."
  type        = string
  sensitive   = true
}

variable "database_backup_cidrs" {
  description = "Addresses of the backup object store."
  type        = list(string)
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

# ---- MinIO on its operator ----

variable "storage_namespace" {
  description = "Namespace of the MinIO tenant."
  type        = string
  default     = "cctv-storage"
}

variable "minio_image" {
  description = "MinIO server image by digest, e.g. quay.io/minio/minio:RELEASE.2025-04-08T15-41-24Z@sha256:<64 hex>."
  type        = string

  validation {
    condition     = can(regex("@sha256:[0-9a-f]{64}$", var.minio_image))
    error_message = "minio_image must be pinned by digest (@sha256:...)."
  }
}

variable "minio_servers" {
  description = "MinIO servers of the tenant's pool, spread across zones (4 at least)."
  type        = number
  default     = 4
}

variable "minio_volumes_per_server" {
  description = "Drives per MinIO server."
  type        = number
  default     = 4
}

variable "minio_volume_size" {
  description = "Size of each MinIO drive. Usable space is servers x drives x size x (1 - parity / drives in a set)."
  type        = string
  default     = "1Ti"
}

variable "minio_parity" {
  description = "Erasure-coding parity (EC:N) of the standard storage class: drives of a set that may fail with no data lost."
  type        = number
  default     = 4
}

variable "minio_resources" {
  description = "Requests and limits of each MinIO server."
  type = object({
    cpu_request    = string
    cpu_limit      = string
    memory_request = string
    memory_limit   = string
  })
  default = {
    cpu_request    = "1"
    cpu_limit      = "4"
    memory_request = "4Gi"
    memory_limit   = "8Gi"
  }
}

variable "site_replication" {
  description = "A second MinIO site to replicate buckets, objects, locks and the portal's account to; null for none. Its admin secret key is minio_replica_secret_key."
  type = object({
    name       = string
    endpoint   = string
    access_key = string
  })
  default = null
}

variable "minio_replica_secret_key" {
  description = "Admin secret key of the site_replication peer; empty when there is none."
  type        = string
  sensitive   = true
}

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
  description = "The tenant's root user, with which Terraform creates buckets, policies and the portal's account."
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
  description = "The portal's container image by digest, as pushed from target/cctv-portal-image.tar, e.g. registry.example.org/cctv-portal@sha256:<64 hex>."
  type        = string

  validation {
    condition     = can(regex("@sha256:[0-9a-f]{64}$", var.portal_image))
    error_message = "portal_image must be pinned by digest (@sha256:...): a tag can be moved, a digest cannot."
  }
}

variable "portal_heap" {
  description = "The portal's maximum heap (-Xmx). The benchmarks' largest need is a 100,000-row import, which streams its rows: it finishes within a 256 MiB heap (peak about 220 MiB), so 512 MiB leaves room for the requests served beside it."
  type        = string
  default     = "512m"
}

variable "portal_jvm_options" {
  description = "The portal's JVM footprint options (JDK_JAVA_OPTIONS), measured by the footprint benchmark: the serial collector, a 24 MiB initial heap that gives back what is free after a collection, and the client compiler only (half the CPU a start costs; -XX:TieredStopAtLevel=4 brings back C2 for CPU-bound peaks at 40 to 80 MB more per instance)."
  type        = string
  default     = "-XX:+UseSerialGC -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1"
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
  description = "CPU reserved for each portal instance (about 200 API requests/s per core at p95 under 100 ms, docs/benchmarks.md)."
  type        = string
  default     = "1"
}

variable "cpu_limit" {
  description = "CPU limit of each portal instance."
  type        = string
  default     = "2"
}

variable "memory_request" {
  description = "Memory reserved for each portal instance: the heap plus about 400 MiB for the JVM's own memory (metaspace, threads, buffers)."
  type        = string
  default     = "1Gi"
}

variable "memory_limit" {
  description = "Memory limit of each portal instance (equal to the request: no overcommit)."
  type        = string
  default     = "1Gi"
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

# ---- Keycloak: by its operator, or an existing one ----

variable "keycloak_mode" {
  description = "operator: run Keycloak in this cluster by its operator; external: use the Keycloak at keycloak_url."
  type        = string
  default     = "operator"

  validation {
    condition     = contains(["operator", "external"], var.keycloak_mode)
    error_message = "keycloak_mode must be operator or external."
  }
}

variable "keycloak_namespace" {
  description = "Namespace of Keycloak (keycloak_mode = operator)."
  type        = string
  default     = "cctv-keycloak"
}

variable "keycloak_image" {
  description = "Keycloak image by digest (keycloak_mode = operator); null for the operator's own."
  type        = string
  default     = null
}

variable "keycloak_instances" {
  description = "Keycloak instances (keycloak_mode = operator)."
  type        = number
  default     = 2
}

variable "keycloak_db_password" {
  description = "Password of Keycloak's own database (keycloak_mode = operator)."
  type        = string
  sensitive   = true
}

variable "keycloak_cidrs" {
  description = "Addresses of the existing Keycloak (keycloak_mode = external), which the portal may reach on 443."
  type        = list(string)
  default     = []
}

# ---- The cluster around the portal ----

variable "cnpg_operator_namespace" {
  description = "Namespace of the CloudNativePG operator."
  type        = string
  default     = "cnpg-system"
}

variable "minio_operator_namespace" {
  description = "Namespace of the MinIO operator."
  type        = string
  default     = "minio-operator"
}

variable "monitoring_namespace" {
  description = "Namespace of Prometheus (the Prometheus operator)."
  type        = string
  default     = "monitoring"
}

variable "ingress_namespace" {
  description = "Namespace of the ingress controller."
  type        = string
  default     = "ingress-nginx"
}

variable "ingress_class" {
  description = "Ingress class of the ingress controller."
  type        = string
  default     = "nginx"
}

variable "public_cluster_issuer" {
  description = "cert-manager ClusterIssuer of the public certificates (portal, Keycloak), e.g. an ACME issuer."
  type        = string
  default     = "letsencrypt"
}

variable "internal_cluster_issuer" {
  description = "cert-manager ClusterIssuer of in-cluster certificates (the MinIO tenant), e.g. a private CA."
  type        = string
  default     = "cluster-ca"
}

variable "kube_api_cidrs" {
  description = "Addresses of the Kubernetes API server (operators' instance managers talk to it)."
  type        = list(string)
}

variable "admin_cidrs" {
  description = "Where Terraform reaches MinIO's and Keycloak's admin APIs from (and the replication peer site)."
  type        = list(string)
}

variable "smtp_cidrs" {
  description = "Addresses of smtp_host, which the portal and Keycloak may reach on smtp_port."
  type        = list(string)
}

variable "alert_replication_lag_seconds" {
  description = "Replica lag that raises PortalDatabaseReplicationLag."
  type        = number
  default     = 30
}

variable "alert_job_overrun_minutes" {
  description = "Minutes a scheduled job may run before PortalJobOverrun (the nightly re-hash is the longest)."
  type        = number
  default     = 120
}
