# Site replication to a second MinIO deployment (another data centre), when one is given: MinIO then keeps the
# buckets, every object version with its retention and legal hold, the lifecycle rules, the policies and the portal's
# account the same on both sites, so the portal can be pointed at the peer if this site is lost. Both sites need
# object locking enabled on the evidence bucket, which replication creates on the peer with the same settings.
resource "minio_site_replication" "peer" {
  count = var.site_replication == null ? 0 : 1
  name  = "cctv-portal"

  site {
    name       = "primary"
    endpoint   = var.storage_endpoint
    access_key = var.admin_access_key
    secret_key = var.admin_secret_key
  }

  site {
    name       = var.site_replication.name
    endpoint   = var.site_replication.endpoint
    access_key = var.site_replication.access_key
    secret_key = var.replica_secret_key
  }

  depends_on = [
    minio_s3_bucket_object_lock_configuration.evidence,
    minio_s3_bucket_lifecycle.evidence,
    minio_s3_bucket_lifecycle.imports,
    minio_iam_user_policy_attachment.portal,
  ]
}
