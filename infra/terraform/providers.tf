# Credentials come from variables, which operators set as TF_VAR_* environment variables from their secret store,
# never from a file in the repository.

provider "keycloak" {
  url           = coalesce(var.keycloak_admin_url, var.keycloak_url)
  realm         = var.keycloak_admin_realm
  client_id     = var.keycloak_admin_client_id
  client_secret = var.keycloak_admin_client_secret
}

provider "minio" {
  minio_server   = var.minio_server
  minio_ssl      = var.minio_ssl
  minio_region   = var.storage_region
  minio_user     = var.minio_admin_user
  minio_password = var.minio_admin_password
}

provider "kubernetes" {
  config_path    = var.kubeconfig_path
  config_context = var.kube_context
}
