# The portal's infrastructure: its Keycloak realm, its MinIO buckets and account, and its deployment on Kubernetes.
# PostgreSQL is an input (a managed service or an operator's cluster): see docs/deployment.md.

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
}

locals {
  # The portal's configuration as environment variables; each is a key in docs/operations.md.
  portal_environment = {
    PORTAL_OIDC_URL                  = module.keycloak_realm.realm_url
    PORTAL_KEYCLOAK_URL              = var.keycloak_url
    QUARKUS_DATASOURCE_JDBC_URL      = var.database_jdbc_url
    PORTAL_DB_REPLICA_URL            = coalesce(var.database_replica_jdbc_url, var.database_jdbc_url)
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
  min_replicas                 = var.min_replicas
  max_replicas                 = var.max_replicas
  cpu_target_utilisation       = var.cpu_target_utilisation
  cpu_request                  = var.cpu_request
  cpu_limit                    = var.cpu_limit
  memory_request               = var.memory_request
  memory_limit                 = var.memory_limit
  java_options                 = var.java_options
  tmp_size_limit               = var.tmp_size_limit
}
