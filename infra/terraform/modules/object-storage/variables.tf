variable "evidence_bucket" {
  description = "Bucket for evidence masters and derivatives (portal.storage.evidence-bucket)."
  type        = string
}

variable "imports_bucket" {
  description = "Bucket for uploaded import files while they are checked (portal.storage.imports-bucket)."
  type        = string
}

variable "evidence_retention_mode" {
  description = "Object lock mode of the evidence bucket's default retention: GOVERNANCE or COMPLIANCE."
  type        = string
}

variable "evidence_retention_days" {
  description = "Days every new evidence object is locked against deletion and overwriting."
  type        = number
}

variable "evidence_noncurrent_days" {
  description = "Days a deleted or replaced evidence object version is kept before it is removed for good."
  type        = number
}

variable "imports_expiry_days" {
  description = "Days after which an import file is removed."
  type        = number
}

variable "portal_user" {
  description = "Name of the portal's storage account (its access key)."
  type        = string
}

variable "abandoned_upload_days" {
  description = "Days after which an incomplete multipart upload is aborted and its parts removed."
  type        = number
  default     = 1
}

variable "site_replication" {
  description = "The peer site buckets, objects, locks, lifecycles and accounts are replicated to; null for none."
  type = object({
    name       = string
    endpoint   = string
    access_key = string
  })
  default = null
}

variable "replica_secret_key" {
  description = "Admin secret key of the peer site."
  type        = string
  sensitive   = true
  default     = null
}

variable "admin_access_key" {
  description = "Admin access key of this site (the tenant's root user)."
  type        = string
}

variable "admin_secret_key" {
  description = "Admin secret key of this site."
  type        = string
  sensitive   = true
}

variable "storage_endpoint" {
  description = "This site's S3 address, as the peer site reaches it."
  type        = string
}
