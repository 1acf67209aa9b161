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

output "ca_secret_name" {
  description = "The cluster's server CA (key ca.crt), which the operator makes and renews: clients verify the server against it (sslmode=verify-full)."
  value       = "${var.cluster_name}-ca"
}
