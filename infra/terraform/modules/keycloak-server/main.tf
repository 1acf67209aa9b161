# Keycloak by its operator (k8s.keycloak.org Keycloak), with its own small CloudNativePG database, for a deployment
# that has no Keycloak yet; set keycloak_mode = "external" to use an existing one by URL. The realm itself (MFA for
# footage roles, the people service account, SMTP) is the keycloak-realm module either way.

locals {
  labels = {
    "app.kubernetes.io/name"       = "cctv-portal-keycloak"
    "app.kubernetes.io/part-of"    = "cctv-portal"
    "app.kubernetes.io/managed-by" = "terraform"
  }
  namespace     = kubernetes_namespace_v1.keycloak.metadata[0].name
  keycloak_pods = { "app" = "keycloak" }
  db_pods       = { "cnpg.io/cluster" = "keycloak-db" }
}

resource "kubernetes_namespace_v1" "keycloak" {
  metadata {
    name   = var.namespace
    labels = local.labels
  }
}

resource "kubernetes_secret_v1" "db" {
  metadata {
    name      = "keycloak-db"
    namespace = local.namespace
    labels    = local.labels
  }
  type = "kubernetes.io/basic-auth"
  data = {
    username = "keycloak"
    password = var.db_password
  }
}

resource "kubernetes_manifest" "db" {
  manifest = {
    apiVersion = "postgresql.cnpg.io/v1"
    kind       = "Cluster"
    metadata = {
      name      = "keycloak-db"
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      instances             = 2
      imageName             = var.db_image
      enableSuperuserAccess = false
      bootstrap = {
        initdb = {
          database = "keycloak"
          owner    = "keycloak"
          secret   = { name = kubernetes_secret_v1.db.metadata[0].name }
        }
      }
      storage = { size = "10Gi" }
      affinity = {
        enablePodAntiAffinity = true
        topologyKey           = "topology.kubernetes.io/zone"
      }
    }
  }
}

resource "kubernetes_manifest" "certificate" {
  manifest = {
    apiVersion = "cert-manager.io/v1"
    kind       = "Certificate"
    metadata = {
      name      = "keycloak-tls"
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      secretName = "keycloak-tls"
      issuerRef  = { kind = "ClusterIssuer", name = var.cluster_issuer }
      dnsNames   = [var.hostname, "keycloak-service.${var.namespace}.svc"]
    }
  }
}

resource "kubernetes_manifest" "keycloak" {
  manifest = {
    apiVersion = "k8s.keycloak.org/v2alpha1"
    kind       = "Keycloak"
    metadata = {
      name      = "keycloak"
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      instances = var.instances
      image     = var.image
      db = {
        vendor         = "postgres"
        host           = "keycloak-db-rw"
        database       = "keycloak"
        usernameSecret = { name = kubernetes_secret_v1.db.metadata[0].name, key = "username" }
        passwordSecret = { name = kubernetes_secret_v1.db.metadata[0].name, key = "password" }
      }
      http     = { tlsSecret = "keycloak-tls" }
      hostname = { hostname = "https://${var.hostname}" }
      proxy    = { headers = "xforwarded" }
      ingress  = { enabled = false }
      additionalOptions = [
        { name = "metrics-enabled", value = "true" },
        { name = "health-enabled", value = "true" },
      ]
      unsupported = {
        podTemplate = {
          spec = {
            securityContext = {
              runAsNonRoot   = true
              seccompProfile = { type = "RuntimeDefault" }
            }
            topologySpreadConstraints = [
              {
                maxSkew           = 1
                topologyKey       = "topology.kubernetes.io/zone"
                whenUnsatisfiable = "ScheduleAnyway"
                labelSelector     = { matchLabels = local.keycloak_pods }
              },
            ]
          }
        }
      }
    }
  }

  depends_on = [kubernetes_manifest.db, kubernetes_manifest.certificate]
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

# Keycloak is reached through the ingress controller, by the portal, by Terraform and by its peers (cache).
resource "kubernetes_network_policy_v1" "keycloak" {
  metadata {
    name      = "keycloak"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    pod_selector {
      match_labels = local.keycloak_pods
    }
    policy_types = ["Ingress", "Egress"]

    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.ingress_namespace }
        }
      }
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.portal_namespace }
        }
      }
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.monitoring_namespace }
        }
      }
      dynamic "from" {
        for_each = var.admin_cidrs
        content {
          ip_block {
            cidr = from.value
          }
        }
      }
      ports {
        port     = "8443"
        protocol = "TCP"
      }
      ports {
        port     = "9000"
        protocol = "TCP"
      }
    }

    ingress {
      from {
        pod_selector {
          match_labels = local.keycloak_pods
        }
      }
      ports {
        port     = "7800"
        protocol = "TCP"
      }
    }

    egress {
      to {
        pod_selector {
          match_labels = local.keycloak_pods
        }
      }
      ports {
        port     = "7800"
        protocol = "TCP"
      }
    }

    egress {
      to {
        pod_selector {
          match_labels = local.db_pods
        }
      }
      ports {
        port     = "5432"
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

# Keycloak's database: Keycloak, the instances one another, the operator; the instances reach the API server.
resource "kubernetes_network_policy_v1" "db" {
  metadata {
    name      = "keycloak-db"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    pod_selector {
      match_labels = local.db_pods
    }
    policy_types = ["Ingress", "Egress"]

    ingress {
      from {
        pod_selector {
          match_labels = local.keycloak_pods
        }
      }
      from {
        pod_selector {
          match_labels = local.db_pods
        }
      }
      ports {
        port     = "5432"
        protocol = "TCP"
      }
    }

    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.operator_namespace }
        }
      }
      from {
        pod_selector {
          match_labels = local.db_pods
        }
      }
      ports {
        port     = "8000"
        protocol = "TCP"
      }
    }

    egress {
      to {
        pod_selector {
          match_labels = local.db_pods
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
  }
}
