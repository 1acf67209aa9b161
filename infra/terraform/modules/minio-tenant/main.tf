# Object storage on the MinIO operator: one distributed tenant whose servers spread across zones, its drives erasure
# coded (EC:parity), TLS from cert-manager. The buckets, their locks and lifecycles, and the portal's account are made
# by the object-storage module through the S3 admin API once the tenant answers. Field names follow the operator's
# minio.min.io/v2 Tenant type.

locals {
  labels = {
    "app.kubernetes.io/name"       = "cctv-portal-storage"
    "app.kubernetes.io/part-of"    = "cctv-portal"
    "app.kubernetes.io/managed-by" = "terraform"
  }
  namespace   = kubernetes_namespace_v1.storage.metadata[0].name
  tenant_pods = { "v1.min.io/tenant" = var.tenant_name }
}

resource "kubernetes_namespace_v1" "storage" {
  metadata {
    name   = var.namespace
    labels = local.labels
  }
}

# The tenant's configuration: root credentials from variables, the parity of the standard storage class.
resource "kubernetes_secret_v1" "configuration" {
  metadata {
    name      = "${var.tenant_name}-configuration"
    namespace = local.namespace
    labels    = local.labels
  }
  type = "Opaque"
  data = {
    "config.env" = join("\n", [
      "export MINIO_ROOT_USER=\"${var.root_user}\"",
      "export MINIO_ROOT_PASSWORD=\"${var.root_password}\"",
      "export MINIO_STORAGE_CLASS_STANDARD=\"EC:${var.parity}\"",
      "export MINIO_BROWSER=\"off\"",
    ])
  }
}

# The servers' certificate for their service names, kept and renewed by cert-manager.
resource "kubernetes_manifest" "certificate" {
  manifest = {
    apiVersion = "cert-manager.io/v1"
    kind       = "Certificate"
    metadata = {
      name      = "${var.tenant_name}-tls"
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      secretName = "${var.tenant_name}-tls"
      issuerRef  = { kind = "ClusterIssuer", name = var.cluster_issuer }
      dnsNames = [
        "minio.${var.namespace}.svc",
        "minio.${var.namespace}.svc.cluster.local",
        "*.${var.tenant_name}-hl.${var.namespace}.svc.cluster.local",
      ]
    }
  }
}

resource "kubernetes_manifest" "tenant" {
  manifest = {
    apiVersion = "minio.min.io/v2"
    kind       = "Tenant"
    metadata = {
      name      = var.tenant_name
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      image               = var.image
      podManagementPolicy = "Parallel"
      configuration       = { name = kubernetes_secret_v1.configuration.metadata[0].name }
      requestAutoCert     = false
      externalCertSecret = [
        {
          name = "${var.tenant_name}-tls"
          type = "cert-manager.io/v1"
        },
      ]
      prometheusOperator = true
      pools = [
        {
          name             = "pool-0"
          servers          = var.servers
          volumesPerServer = var.volumes_per_server
          volumeClaimTemplate = {
            metadata = { name = "data" }
            spec = {
              accessModes      = ["ReadWriteOnce"]
              storageClassName = var.storage_class
              resources        = { requests = { storage = var.volume_size } }
            }
          }
          resources = {
            requests = { cpu = var.resources.cpu_request, memory = var.resources.memory_request }
            limits   = { cpu = var.resources.cpu_limit, memory = var.resources.memory_limit }
          }
          topologySpreadConstraints = [
            {
              maxSkew           = 1
              topologyKey       = "topology.kubernetes.io/zone"
              whenUnsatisfiable = "DoNotSchedule"
              labelSelector     = { matchLabels = local.tenant_pods }
            },
          ]
          securityContext = {
            runAsUser           = 1000
            runAsGroup          = 1000
            runAsNonRoot        = true
            fsGroup             = 1000
            fsGroupChangePolicy = "OnRootMismatch"
          }
          containerSecurityContext = {
            runAsUser                = 1000
            runAsGroup               = 1000
            runAsNonRoot             = true
            allowPrivilegeEscalation = false
            capabilities             = { drop = ["ALL"] }
            seccompProfile           = { type = "RuntimeDefault" }
          }
        },
      ]
    }
  }

  depends_on = [kubernetes_manifest.certificate]
}

# The S3 API is reached by the portal, by Terraform and replication peers (admin_cidrs), by the servers one another,
# by the operator and by Prometheus; nothing else.
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

resource "kubernetes_network_policy_v1" "minio" {
  metadata {
    name      = "minio"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    pod_selector {
      match_labels = local.tenant_pods
    }
    policy_types = ["Ingress", "Egress"]

    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.portal_namespace }
        }
        pod_selector {
          match_labels = { "app.kubernetes.io/name" = "cctv-portal" }
        }
      }
      from {
        pod_selector {
          match_labels = local.tenant_pods
        }
      }
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.operator_namespace }
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
        port     = "9000"
        protocol = "TCP"
      }
    }

    egress {
      to {
        pod_selector {
          match_labels = local.tenant_pods
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

    # The Kubernetes API (the sidecar reads the tenant's configuration) and site replication peers.
    egress {
      dynamic "to" {
        for_each = concat(var.kube_api_cidrs, var.admin_cidrs)
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
      ports {
        port     = "9000"
        protocol = "TCP"
      }
    }
  }
}
