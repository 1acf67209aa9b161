output "internal_url" {
  description = "Keycloak inside the cluster."
  value       = "https://keycloak-service.${local.namespace}.svc:8443"
}
