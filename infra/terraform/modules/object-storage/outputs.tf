output "evidence_bucket" {
  description = "The evidence bucket (PORTAL_STORAGE_EVIDENCE_BUCKET)."
  value       = minio_s3_bucket.evidence.bucket
}

output "imports_bucket" {
  description = "The imports bucket (PORTAL_STORAGE_IMPORTS_BUCKET)."
  value       = minio_s3_bucket.imports.bucket
}

output "portal_access_key" {
  description = "Access key of the portal's storage account (PORTAL_STORAGE_ACCESS_KEY)."
  value       = minio_iam_user.portal.id
}

output "portal_secret_key" {
  description = "Secret key of the portal's storage account (PORTAL_STORAGE_SECRET_KEY), generated at creation."
  value       = minio_iam_user.portal.secret
  sensitive   = true
}
