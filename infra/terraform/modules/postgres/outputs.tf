output "primary_host" {
  description = "The read-write service: always the current primary."
  value       = "${var.cluster_name}-rw.${var.namespace}.svc"
}

output "replica_host" {
  description = "The read-only service: the streaming replicas, which the portal's replica datasource reads."
  value       = "${var.cluster_name}-ro.${var.namespace}.svc"
}

output "namespace" {
  value = local.namespace
}
