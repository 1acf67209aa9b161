# Terraform and provider versions. The constraints pin each provider to one minor series: a new minor or major
# version may change resource syntax (the Kubernetes provider's 4.x turns several workload blocks into attributes),
# so moving to one is a deliberate change reviewed with `terraform plan`, never a side effect of `init -upgrade`.
#
# Lock file policy: `.terraform.lock.hcl` pins the exact version and the checksums of every provider. It is made by
# the first `terraform providers lock -platform=linux_amd64 -platform=darwin_arm64` on a machine that reaches the
# registry, committed beside this file, and changed only by a reviewed commit doing the same after a deliberate
# upgrade. Pipelines run `terraform init -lockfile=readonly`, so a provider that differs from the lock fails the run
# instead of being installed. Every module is local (./modules/...): none is fetched from a registry.
terraform {
  required_version = ">= 1.6.0, < 2.0.0"

  required_providers {
    keycloak = {
      source  = "keycloak/keycloak"
      version = "~> 5.8.0"
    }
    minio = {
      source  = "aminueza/minio"
      version = "~> 3.41.0"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 3.0.0"
    }
  }
}
