output "endpoint" {
  description = "The tenant's S3 API inside the cluster."
  value       = "https://minio.${local.namespace}.svc"
}

output "namespace" {
  value = local.namespace
}
