# Nothing reaches PostgreSQL but the portal and its migration Job (and the instances one another, the operator and
# Prometheus); the instances reach only DNS, the API server, one another and the backup object store.

resource "kubernetes_network_policy_v1" "default_deny" {
  metadata {
    name      = "default-deny"
    namespace = local.namespace
    labels    = local.labels
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}

resource "kubernetes_network_policy_v1" "postgres" {
  metadata {
    name      = "postgres"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    pod_selector {
      match_labels = local.cluster_pods
    }
    policy_types = ["Ingress", "Egress"]

    # The portal and the migration Job, by namespace and component.
    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.portal_namespace }
        }
        pod_selector {
          match_expressions {
            key      = "app.kubernetes.io/component"
            operator = "In"
            values   = ["web", "migration"]
          }
          match_labels = { "app.kubernetes.io/name" = "cctv-portal" }
        }
      }
      ports {
        port     = "5432"
        protocol = "TCP"
      }
    }

    # Streaming replication and the instance managers' status port, between the instances.
    ingress {
      from {
        pod_selector {
          match_labels = local.cluster_pods
        }
      }
      ports {
        port     = "5432"
        protocol = "TCP"
      }
      ports {
        port     = "8000"
        protocol = "TCP"
      }
    }

    # The operator asks each instance manager for its status.
    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.operator_namespace }
        }
      }
      ports {
        port     = "8000"
        protocol = "TCP"
      }
    }

    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.monitoring_namespace }
        }
      }
      ports {
        port     = "9187"
        protocol = "TCP"
      }
    }

    egress {
      to {
        pod_selector {
          match_labels = local.cluster_pods
        }
      }
      ports {
        port     = "5432"
        protocol = "TCP"
      }
      ports {
        port     = "8000"
        protocol = "TCP"
      }
    }

    egress {
      to {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = "kube-system" }
        }
        pod_selector {
          match_labels = { "k8s-app" = "kube-dns" }
        }
      }
      ports {
        port     = "53"
        protocol = "UDP"
      }
      ports {
        port     = "53"
        protocol = "TCP"
      }
    }

    egress {
      dynamic "to" {
        for_each = var.kube_api_cidrs
        content {
          ip_block {
            cidr = to.value
          }
        }
      }
      ports {
        port     = "443"
        protocol = "TCP"
      }
      ports {
        port     = "6443"
        protocol = "TCP"
      }
    }

    egress {
      dynamic "to" {
        for_each = var.backup_egress_cidrs
        content {
          ip_block {
            cidr = to.value
          }
        }
      }
      ports {
        port     = "443"
        protocol = "TCP"
      }
      ports {
        port     = "9000"
        protocol = "TCP"
      }
    }
  }
}
