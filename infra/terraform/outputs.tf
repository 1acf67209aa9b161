output "portal_environment" {
  description = "The portal's plain configuration, as the environment variables it reads (see docs/operations.md)."
  value       = local.portal_environment
}

output "portal_secret_environment" {
  description = "The portal's secret configuration by environment variable, for running it outside this Kubernetes deployment: terraform output -json portal_secret_environment."
  value       = local.portal_secret_environment
  sensitive   = true
}

output "oidc_url" {
  description = "PORTAL_OIDC_URL: the realm's address."
  value       = module.keycloak_realm.realm_url
}

output "database_primary_host" {
  description = "PostgreSQL's read-write service (the primary), which the portal and the migration Job use."
  value       = module.postgres.primary_host
}

output "database_replica_host" {
  description = "PostgreSQL's read-only service (the replicas), which the portal's replica datasource uses (PORTAL_DB_REPLICA_URL)."
  value       = module.postgres.replica_host
}

output "evidence_bucket" {
  description = "PORTAL_STORAGE_EVIDENCE_BUCKET."
  value       = module.object_storage.evidence_bucket
}

output "imports_bucket" {
  description = "PORTAL_STORAGE_IMPORTS_BUCKET."
  value       = module.object_storage.imports_bucket
}

output "partner_groups" {
  description = "Keycloak group id of each partner, by partner identifier: put each user in their partner's group."
  value       = module.keycloak_realm.partner_groups
}

output "portal_service" {
  description = "In-cluster address of the portal's service; point the ingress or load balancer at it."
  value       = module.portal.service
}
