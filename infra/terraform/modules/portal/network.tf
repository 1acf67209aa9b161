# Nothing reaches the portal but the ingress controller (web port) and Prometheus (management port); the portal and
# its migration Job reach DNS, PostgreSQL, MinIO, Keycloak and the mail server, and nothing else.

locals {
  portal_pods = { "app.kubernetes.io/name" = "cctv-portal" }
}

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

resource "kubernetes_network_policy_v1" "portal" {
  metadata {
    name      = "cctv-portal"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    pod_selector {
      match_labels = local.portal_pods
    }
    policy_types = ["Ingress", "Egress"]

    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.ingress_namespace }
        }
      }
      ports {
        port     = "8080"
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
        port     = "9000"
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

    # PostgreSQL: the CloudNativePG instances (primary and replicas).
    egress {
      to {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.database_namespace }
        }
        pod_selector {
          match_expressions {
            key      = "cnpg.io/cluster"
            operator = "Exists"
          }
        }
      }
      ports {
        port     = "5432"
        protocol = "TCP"
      }
    }

    # MinIO: the tenant's servers.
    egress {
      to {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.storage_namespace }
        }
      }
      ports {
        port     = "9000"
        protocol = "TCP"
      }
    }

    # Keycloak: in the cluster by namespace, or outside it by address.
    dynamic "egress" {
      for_each = var.keycloak_namespace == null ? [] : [var.keycloak_namespace]
      content {
        to {
          namespace_selector {
            match_labels = { "kubernetes.io/metadata.name" = egress.value }
          }
        }
        ports {
          port     = "8443"
          protocol = "TCP"
        }
      }
    }

    dynamic "egress" {
      for_each = length(var.keycloak_cidrs) == 0 ? [] : [var.keycloak_cidrs]
      content {
        dynamic "to" {
          for_each = egress.value
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
      }
    }

    # The mail server.
    egress {
      dynamic "to" {
        for_each = var.smtp_cidrs
        content {
          ip_block {
            cidr = to.value
          }
        }
      }
      ports {
        port     = var.smtp_port
        protocol = "TCP"
      }
    }
  }
}
