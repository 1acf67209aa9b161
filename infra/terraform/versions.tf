# Terraform and provider versions. The major versions are pinned: a new major version of a provider may change
# resource syntax (the Kubernetes provider's 4.x turns several workload blocks into attributes), so moving to one is
# a deliberate change reviewed with `terraform plan`, never a side effect of `terraform init -upgrade`.
terraform {
  required_version = ">= 1.6.0, < 2.0.0"

  required_providers {
    keycloak = {
      source  = "keycloak/keycloak"
      version = "~> 5.8"
    }
    minio = {
      source  = "aminueza/minio"
      version = "~> 3.41"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 3.0"
    }
  }
}
