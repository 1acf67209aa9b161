# The portal's infrastructure on Kubernetes: PostgreSQL on CloudNativePG, MinIO on its operator, Keycloak on its
# operator (or an existing one), the realm, the buckets and the portal's account, and the portal itself behind an
# ingress with TLS. Each runs in its own namespace that denies all traffic but what its network policies allow.
# The operators, cert-manager and the Prometheus operator are installed first (docs/deployment.md).

module "postgres" {
  source = "./modules/postgres"

  namespace            = var.database_namespace
  portal_namespace     = var.namespace
  operator_namespace   = var.cnpg_operator_namespace
  monitoring_namespace = var.monitoring_namespace
  cluster_name         = var.database_cluster_name
  image                = var.database_image
  instances            = var.database_instances
  storage_size         = var.database_storage_size
  wal_storage_size     = var.database_wal_storage_size
  resources            = var.database_resources
  parameters           = var.database_parameters
  database             = var.database_name
  owner_username       = var.database_owner_username
  owner_password       = var.database_owner_password
  portal_username      = var.database_username
  portal_password      = var.database_password
  backup               = var.database_backup
  backup_access_key    = var.database_backup_access_key
  backup_secret_key    = var.database_backup_secret_key
  backup_egress_cidrs  = var.database_backup_cidrs
  kube_api_cidrs       = var.kube_api_cidrs
}

module "minio_tenant" {
  source = "./modules/minio-tenant"

  namespace            = var.storage_namespace
  portal_namespace     = var.namespace
  operator_namespace   = var.minio_operator_namespace
  monitoring_namespace = var.monitoring_namespace
  admin_cidrs          = var.admin_cidrs
  kube_api_cidrs       = var.kube_api_cidrs
  tenant_name          = "cctv-storage"
  image                = var.minio_image
  servers              = var.minio_servers
  volumes_per_server   = var.minio_volumes_per_server
  volume_size          = var.minio_volume_size
  parity               = var.minio_parity
  resources            = var.minio_resources
  root_user            = var.minio_admin_user
  root_password        = var.minio_admin_password
  cluster_issuer       = var.internal_cluster_issuer
}

module "keycloak_server" {
  source = "./modules/keycloak-server"
  count  = var.keycloak_mode == "operator" ? 1 : 0

  namespace            = var.keycloak_namespace
  portal_namespace     = var.namespace
  ingress_namespace    = var.ingress_namespace
  operator_namespace   = var.cnpg_operator_namespace
  monitoring_namespace = var.monitoring_namespace
  admin_cidrs          = var.admin_cidrs
  kube_api_cidrs       = var.kube_api_cidrs
  smtp_cidrs           = var.smtp_cidrs
  smtp_port            = var.smtp_port
  hostname             = replace(var.keycloak_url, "/^https://([^/]+).*$/", "$1")
  image                = var.keycloak_image
  db_image             = var.database_image
  instances            = var.keycloak_instances
  db_password          = var.keycloak_db_password
  cluster_issuer       = var.public_cluster_issuer
}

module "keycloak_realm" {
  source = "./modules/keycloak-realm"

  keycloak_url    = var.keycloak_url
  portal_base_url = var.portal_base_url
  client_secret   = var.oidc_client_secret
  partners        = var.partners

  people_client_secret = var.people_client_secret
  smtp = {
    host     = var.smtp_host
    port     = var.smtp_port
    from     = var.smtp_from
    starttls = true
    user     = var.smtp_user
    password = var.smtp_password
  }
}

module "object_storage" {
  source = "./modules/object-storage"

  evidence_bucket          = var.evidence_bucket
  imports_bucket           = var.imports_bucket
  evidence_retention_mode  = var.evidence_retention_mode
  evidence_retention_days  = var.evidence_retention_days
  evidence_noncurrent_days = var.evidence_noncurrent_days
  imports_expiry_days      = var.imports_expiry_days
  abandoned_upload_days    = 1
  portal_user              = var.storage_portal_user
  site_replication         = var.site_replication
  replica_secret_key       = var.minio_replica_secret_key
  admin_access_key         = var.minio_admin_user
  admin_secret_key         = var.minio_admin_password
  storage_endpoint         = var.storage_endpoint

  depends_on = [module.minio_tenant]
}

# The cluster's server CA, made by CloudNativePG in the database's namespace; the portal's namespace gets a copy (a pod
# mounts secrets of its own namespace only), refreshed by every apply. Read once the cluster is ready.
data "kubernetes_secret_v1" "database_ca" {
  metadata {
    name      = module.postgres.ca_secret_name
    namespace = module.postgres.namespace
  }

  depends_on = [module.postgres]
}

locals {
  # Encrypted and verified: the server's certificate must chain to the cluster's CA and name the host connected to
  # (CloudNativePG's server certificate names the -rw, -ro and -r services).
  database_ca_mount = "/etc/cctv-portal/database-ca"
  database_tls      = "sslmode=verify-full&sslrootcert=${local.database_ca_mount}/ca.crt"

  # The portal's configuration as environment variables; each is a key in docs/operations.md.
  portal_environment = {
    PORTAL_OIDC_URL                  = module.keycloak_realm.realm_url
    PORTAL_KEYCLOAK_URL              = var.keycloak_url
    QUARKUS_DATASOURCE_JDBC_URL      = "jdbc:postgresql://${module.postgres.primary_host}:5432/${var.database_name}?${local.database_tls}"
    PORTAL_DB_REPLICA_URL            = "jdbc:postgresql://${module.postgres.replica_host}:5432/${var.database_name}?${local.database_tls}"
    QUARKUS_DATASOURCE_USERNAME      = var.database_username
    QUARKUS_DATASOURCE_JDBC_MAX_SIZE = tostring(var.database_pool_max_size)
    QUARKUS_FLYWAY_USERNAME          = var.database_owner_username
    PORTAL_STORAGE_ENDPOINT          = var.storage_endpoint
    PORTAL_STORAGE_REGION            = var.storage_region
    PORTAL_STORAGE_EVIDENCE_BUCKET   = module.object_storage.evidence_bucket
    PORTAL_STORAGE_IMPORTS_BUCKET    = module.object_storage.imports_bucket
    PORTAL_STORAGE_OBJECT_LOCK_MODE  = var.evidence_retention_mode
    PORTAL_TRUSTED_PROXIES           = join(",", var.trusted_proxies)
    PORTAL_BASE_URL                  = var.portal_base_url
    PORTAL_SMTP_HOST                 = var.smtp_host
    PORTAL_SMTP_PORT                 = tostring(var.smtp_port)
    PORTAL_SMTP_START_TLS            = "REQUIRED"
    PORTAL_SMTP_USERNAME             = var.smtp_user
    PORTAL_MAIL_FROM                 = var.smtp_from
  }

  portal_secret_environment = {
    QUARKUS_DATASOURCE_PASSWORD            = var.database_password
    QUARKUS_OIDC_CREDENTIALS_SECRET        = var.oidc_client_secret
    QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET = var.people_client_secret
    PORTAL_STORAGE_ACCESS_KEY              = module.object_storage.portal_access_key
    PORTAL_STORAGE_SECRET_KEY              = module.object_storage.portal_secret_key
    PORTAL_SMTP_PASSWORD                   = var.smtp_password
  }

  # Only the migration Job holds the schema owner's password; the long-running portal never does.
  migration_secret_environment = {
    QUARKUS_FLYWAY_PASSWORD = var.database_owner_password
  }
}

module "portal" {
  source = "./modules/portal"

  namespace                    = var.namespace
  create_namespace             = var.create_namespace
  image                        = var.portal_image
  environment                  = local.portal_environment
  secret_environment           = local.portal_secret_environment
  migration_secret_environment = local.migration_secret_environment
  database_ca_certificate      = data.kubernetes_secret_v1.database_ca.data["ca.crt"]
  database_ca_mount            = local.database_ca_mount
  min_replicas                 = var.min_replicas
  max_replicas                 = var.max_replicas
  cpu_target_utilisation       = var.cpu_target_utilisation
  cpu_request                  = var.cpu_request
  cpu_limit                    = var.cpu_limit
  memory_request               = var.memory_request
  memory_limit                 = var.memory_limit
  tmp_size_limit               = var.tmp_size_limit
  heap                         = var.portal_heap
  jvm_options                  = var.portal_jvm_options
  host                         = replace(var.portal_base_url, "https://", "")
  ingress_class                = var.ingress_class
  cluster_issuer               = var.public_cluster_issuer
  ingress_namespace            = var.ingress_namespace
  monitoring_namespace         = var.monitoring_namespace
  database_namespace           = module.postgres.namespace
  storage_namespace            = module.minio_tenant.namespace
  keycloak_namespace           = var.keycloak_mode == "operator" ? var.keycloak_namespace : null
  keycloak_cidrs               = var.keycloak_cidrs
  smtp_cidrs                   = var.smtp_cidrs
  smtp_port                    = var.smtp_port
  alerts = {
    replication_lag_seconds = var.alert_replication_lag_seconds
    job_overrun_minutes     = var.alert_job_overrun_minutes
  }
}
