# The portal's two buckets and the account it uses to reach them. The portal's own start-up creates missing buckets
# without object locking; created here first, the evidence bucket has object locking from the start, which MinIO
# cannot add to an existing bucket on older releases.

resource "minio_s3_bucket" "evidence" {
  bucket         = var.evidence_bucket
  acl            = "private"
  object_locking = true

  # Evidence masters are exhibits: no plan may delete the bucket.
  lifecycle {
    prevent_destroy = true
  }
}

resource "minio_s3_bucket_versioning" "evidence" {
  bucket = minio_s3_bucket.evidence.bucket

  versioning_configuration {
    status = "Enabled"
  }
}

# Every new object is locked for the retention period (31 days unless evidential). The portal extends a lock or sets
# a legal hold on evidential exhibits; nothing, the portal included, can delete a locked version early.
resource "minio_s3_bucket_object_lock_configuration" "evidence" {
  bucket              = minio_s3_bucket.evidence.bucket
  object_lock_enabled = "Enabled"

  rule {
    default_retention {
      mode = var.evidence_retention_mode
      days = var.evidence_retention_days
    }
  }

  depends_on = [minio_s3_bucket_versioning.evidence]
}

# Disposal deletes an object, which leaves its versions behind a delete marker; they are removed for good once their
# lock has expired and this many days have passed. An upload cut off half-way (object storage going away mid-request)
# leaves parts that no object listing shows: they are aborted a day after the upload began, matching the portal's
# own multipart sweep (portal.storage.abandoned-upload-after). One lifecycle resource per bucket: the provider's
# minio_ilm_policy has no multipart rule, and the two must not both manage one bucket.
resource "minio_s3_bucket_lifecycle" "evidence" {
  bucket = minio_s3_bucket.evidence.bucket

  rule {
    id     = "remove-disposed-versions"
    status = "Enabled"

    noncurrent_version_expiration {
      noncurrent_days = var.evidence_noncurrent_days
    }
  }

  rule {
    id     = "abort-incomplete-uploads"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = var.abandoned_upload_days
    }
  }

  depends_on = [minio_s3_bucket_versioning.evidence]
}

resource "minio_s3_bucket" "imports" {
  bucket = var.imports_bucket
  acl    = "private"
}

# An import file is needed only while its import is checked; an import upload cut off half-way leaves parts.
resource "minio_s3_bucket_lifecycle" "imports" {
  bucket = minio_s3_bucket.imports.bucket

  rule {
    id     = "expire-import-files"
    status = "Enabled"

    expiration {
      days = var.imports_expiry_days
    }
  }

  rule {
    id     = "abort-incomplete-uploads"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = var.abandoned_upload_days
    }
  }
}

resource "minio_iam_user" "portal" {
  name = var.portal_user
}

# Least privilege: the portal may see its two buckets and read and write objects in them. It may not create or delete
# buckets, change their policies, lock or versioning settings, delete an object version for good or bypass a lock.
resource "minio_iam_policy" "portal" {
  name = "${var.portal_user}-buckets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "SeeOwnBuckets"
        Effect = "Allow"
        Action = [
          "s3:GetBucketLocation",
          "s3:ListBucket",
          "s3:ListBucketMultipartUploads",
          "s3:GetBucketVersioning",
          "s3:GetBucketObjectLockConfiguration",
        ]
        Resource = [
          "arn:aws:s3:::${minio_s3_bucket.evidence.bucket}",
          "arn:aws:s3:::${minio_s3_bucket.imports.bucket}",
        ]
      },
      {
        Sid    = "ImportFiles"
        Effect = "Allow"
        Action = [
          "s3:GetObject",
          "s3:PutObject",
          "s3:DeleteObject",
          "s3:AbortMultipartUpload",
          "s3:ListMultipartUploadParts",
        ]
        Resource = ["arn:aws:s3:::${minio_s3_bucket.imports.bucket}/*"]
      },
      {
        Sid    = "EvidenceObjects"
        Effect = "Allow"
        Action = [
          "s3:GetObject",
          "s3:GetObjectVersion",
          "s3:PutObject",
          "s3:DeleteObject",
          "s3:AbortMultipartUpload",
          "s3:ListMultipartUploadParts",
          "s3:GetObjectRetention",
          "s3:PutObjectRetention",
          "s3:GetObjectLegalHold",
          "s3:PutObjectLegalHold",
        ]
        Resource = ["arn:aws:s3:::${minio_s3_bucket.evidence.bucket}/*"]
      },
    ]
  })
}

resource "minio_iam_user_policy_attachment" "portal" {
  user_name   = minio_iam_user.portal.id
  policy_name = minio_iam_policy.portal.id
}
