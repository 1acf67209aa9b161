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
  description = "Memory limit of each instance; the JVM's heap is bounded by java_options, well inside it."
  type        = string
}

variable "java_options" {
  description = "JVM options of each instance (JAVA_TOOL_OPTIONS), with the heap bound."
  type        = string
}

variable "tmp_size_limit" {
  description = "Size limit of each instance's /tmp, where uploads are buffered (up to 2 GiB each)."
  type        = string
}
