variable "namespace" {
  description = "Namespace of the MinIO tenant; nothing else runs in it."
  type        = string
}

variable "portal_namespace" {
  description = "Namespace of the portal, the only client of the S3 API besides Terraform and Prometheus."
  type        = string
}

variable "operator_namespace" {
  description = "Namespace of the MinIO operator."
  type        = string
}

variable "monitoring_namespace" {
  description = "Namespace of Prometheus."
  type        = string
}

variable "admin_cidrs" {
  description = "Where Terraform (the minio provider) and site replication peers reach the S3 API from."
  type        = list(string)
}

variable "kube_api_cidrs" {
  description = "Addresses of the Kubernetes API server (the tenant's sidecar reads its configuration there)."
  type        = list(string)
}

variable "tenant_name" {
  description = "Name of the Tenant; its S3 service is minio.<namespace>.svc."
  type        = string
}

variable "image" {
  description = "MinIO server image by digest."
  type        = string
}

variable "servers" {
  description = "MinIO servers in the pool, spread across zones (at least 4 for erasure coding)."
  type        = number

  validation {
    condition     = var.servers >= 4
    error_message = "A distributed tenant with erasure coding needs at least 4 servers."
  }
}

variable "volumes_per_server" {
  description = "Drives per server; servers times this is the erasure set."
  type        = number
}

variable "volume_size" {
  description = "Size of each drive."
  type        = string
}

variable "storage_class" {
  description = "Storage class of the drives; null for the cluster's default."
  type        = string
  default     = null
}

variable "parity" {
  description = "Erasure-coding parity of the standard storage class (EC:N): how many drives of a set may be lost."
  type        = number
}

variable "resources" {
  description = "Requests and limits of each MinIO server."
  type = object({
    cpu_request    = string
    cpu_limit      = string
    memory_request = string
    memory_limit   = string
  })
}

variable "root_user" {
  description = "MinIO root user (Terraform's minio provider signs in as it)."
  type        = string
}

variable "root_password" {
  description = "Password of root_user."
  type        = string
  sensitive   = true
}

variable "cluster_issuer" {
  description = "The cert-manager ClusterIssuer of the tenant's internal certificate (an in-cluster CA)."
  type        = string
}
