variable "namespace" {
  description = "Namespace of the PostgreSQL cluster; nothing else runs in it."
  type        = string
}

variable "portal_namespace" {
  description = "Namespace of the portal and its migration Job: the only clients allowed to reach PostgreSQL."
  type        = string
}

variable "operator_namespace" {
  description = "Namespace of the CloudNativePG operator, which reaches the instances' status port."
  type        = string
}

variable "monitoring_namespace" {
  description = "Namespace of Prometheus, which scrapes the instances' metrics port."
  type        = string
}

variable "cluster_name" {
  description = "Name of the CloudNativePG Cluster; its services are <name>-rw (primary) and <name>-ro (replicas)."
  type        = string
}

variable "image" {
  description = "PostgreSQL image by digest, e.g. ghcr.io/cloudnative-pg/postgresql:15.10@sha256:..."
  type        = string
}

variable "instances" {
  description = "Instances: one primary and the rest streaming replicas, each in its own zone."
  type        = number
}

variable "storage_size" {
  description = "Data volume of each instance."
  type        = string
}

variable "wal_storage_size" {
  description = "WAL volume of each instance."
  type        = string
}

variable "storage_class" {
  description = "Storage class of the volumes; null for the cluster's default."
  type        = string
  default     = null
}

variable "resources" {
  description = "Requests and limits of each instance."
  type = object({
    cpu_request    = string
    cpu_limit      = string
    memory_request = string
    memory_limit   = string
  })
}

variable "parameters" {
  description = "postgresql.conf parameters."
  type        = map(string)
}

variable "database" {
  description = "The portal's database."
  type        = string
}

variable "owner_username" {
  description = "The schema owner the migration Job runs Flyway as."
  type        = string
}

variable "owner_password" {
  description = "Password of owner_username."
  type        = string
  sensitive   = true
}

variable "portal_username" {
  description = "The portal's role: owns nothing, no BYPASSRLS."
  type        = string
}

variable "portal_password" {
  description = "Password of portal_username."
  type        = string
  sensitive   = true
}

variable "backup" {
  description = "Continuous backup to object storage: base backups on a schedule and every WAL segment, for point-in-time recovery within retention."
  type = object({
    destination_path = string
    endpoint_url     = string
    retention        = string
    schedule         = string
  })
}

variable "backup_access_key" {
  description = "Access key of the object storage account the backups are written with."
  type        = string
  sensitive   = true
}

variable "backup_secret_key" {
  description = "Secret key of backup_access_key."
  type        = string
  sensitive   = true
}

variable "backup_egress_cidrs" {
  description = "Addresses of the backup object store, which the instances may reach on 443 and 9000."
  type        = list(string)
}

variable "kube_api_cidrs" {
  description = "Addresses of the Kubernetes API server, which each instance's manager talks to."
  type        = list(string)
}
