output "namespace" {
  description = "Namespace of the portal."
  value       = local.namespace
}

output "service" {
  description = "In-cluster address of the portal's service, for the ingress or load balancer in front of it."
  value       = "${kubernetes_service_v1.portal.metadata[0].name}.${local.namespace}.svc:80"
}
