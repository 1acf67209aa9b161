terraform {
  required_providers {
    minio = {
      source = "aminueza/minio"
    }
  }
}
