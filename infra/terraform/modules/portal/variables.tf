variable "namespace" {
  description = "Kubernetes namespace of the portal."
  type        = string
}

variable "create_namespace" {
  description = "Create the namespace; false when it already exists."
  type        = bool
}

variable "image" {
  description = "The portal's container image, pinned by tag or digest."
  type        = string
}

variable "environment" {
  description = "Plain environment variables of the portal, by name."
  type        = map(string)
}

variable "secret_environment" {
  description = "Secret environment variables of the portal, by name; kept in a Kubernetes secret."
  type        = map(string)
  sensitive   = true
}

variable "migration_secret_environment" {
  description = "Secret environment variables only the migration Job gets (the schema owner's password), by name."
  type        = map(string)
  sensitive   = true
}

variable "database_ca_certificate" {
  description = "The PostgreSQL cluster's server CA certificate (PEM), against which the portal verifies the server."
  type        = string
}

variable "database_ca_mount" {
  description = "Where the database CA is mounted, read-only, in the portal's and the migration Job's containers."
  type        = string
}

variable "min_replicas" {
  description = "Fewest portal instances; also the count before the autoscaler first acts."
  type        = number
}

variable "max_replicas" {
  description = "Most portal instances the autoscaler may run."
  type        = number
}

variable "cpu_target_utilisation" {
  description = "Average CPU use, in per cent of the request, that the autoscaler aims for."
  type        = number
}

variable "cpu_request" {
  description = "CPU reserved for each instance."
  type        = string
}

variable "cpu_limit" {
  description = "CPU limit of each instance."
  type        = string
}

variable "memory_request" {
  description = "Memory reserved for each instance."
  type        = string
}

variable "memory_limit" {
  description = "Memory limit of each instance; the JVM's heap is bounded by heap, well inside it."
  type        = string
}

variable "tmp_size_limit" {
  description = "Size limit of each instance's /tmp, where uploads are buffered (up to 2 GiB each)."
  type        = string
}

variable "heap" {
  description = "The portal's maximum heap (-Xmx), within memory_limit with room for the JVM's own memory."
  type        = string
}

variable "jvm_options" {
  description = "The JVM's footprint options (JDK_JAVA_OPTIONS): collector, initial heap and its give-back, compiler."
  type        = string
}

variable "host" {
  description = "Public host name of the portal (from portal_base_url)."
  type        = string
}

variable "ingress_class" {
  description = "Ingress class of the ingress controller."
  type        = string
}

variable "cluster_issuer" {
  description = "cert-manager ClusterIssuer that issues the portal's public certificate (e.g. an ACME issuer)."
  type        = string
}

variable "ingress_namespace" {
  description = "Namespace of the ingress controller: the only way in to the portal's web port."
  type        = string
}

variable "monitoring_namespace" {
  description = "Namespace of Prometheus: the only way in to the management port besides the kubelet's probes."
  type        = string
}

variable "database_namespace" {
  description = "Namespace of PostgreSQL."
  type        = string
}

variable "storage_namespace" {
  description = "Namespace of the MinIO tenant."
  type        = string
}

variable "keycloak_namespace" {
  description = "Namespace of Keycloak when it runs in this cluster; null when it is reached by keycloak_cidrs."
  type        = string
  default     = null
}

variable "keycloak_cidrs" {
  description = "Addresses of an existing Keycloak outside the cluster (keycloak_mode = external)."
  type        = list(string)
  default     = []
}

variable "smtp_cidrs" {
  description = "Addresses of the mail server."
  type        = list(string)
}

variable "smtp_port" {
  description = "Port of the mail server."
  type        = number
}

variable "alerts" {
  description = "Thresholds of the alert rules."
  type = object({
    replication_lag_seconds = number
    job_overrun_minutes     = number
  })
}
