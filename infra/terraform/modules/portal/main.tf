# The portal on Kubernetes: stateless replicas behind a ClusterIP service, scaled on CPU. Health and metrics stay on
# the management port (9000), which the service does not expose: probes and Prometheus reach the pods directly.

locals {
  labels = {
    "app.kubernetes.io/name"       = "cctv-portal"
    "app.kubernetes.io/component"  = "web"
    "app.kubernetes.io/managed-by" = "terraform"
  }
  selector  = { "app.kubernetes.io/name" = "cctv-portal" }
  namespace = var.create_namespace ? kubernetes_namespace_v1.portal[0].metadata[0].name : var.namespace
}

resource "kubernetes_namespace_v1" "portal" {
  count = var.create_namespace ? 1 : 0

  metadata {
    name   = var.namespace
    labels = local.labels
  }
}

resource "kubernetes_secret_v1" "portal" {
  metadata {
    name      = "cctv-portal"
    namespace = local.namespace
    labels    = local.labels
  }

  type = "Opaque"
  data = var.secret_environment
}

# The schema owner's password, for the migration Job alone.
# The database's server CA: not a secret in itself, but kept as one so it is mounted like the cluster's own.
resource "kubernetes_secret_v1" "database_ca" {
  metadata {
    name      = "cctv-portal-database-ca"
    namespace = local.namespace
    labels    = local.labels
  }

  data = {
    "ca.crt" = var.database_ca_certificate
  }
}

resource "kubernetes_secret_v1" "migration" {
  metadata {
    name      = "cctv-portal-migration"
    namespace = local.namespace
    labels    = local.labels
  }

  type = "Opaque"
  data = var.migration_secret_environment
}

# A new image runs the migrations again (Flyway applies only what is new) before the Deployment changes.
resource "terraform_data" "migration_image" {
  input = var.image
}

# Migrations are a step of their own: the portal's image with PORTAL_MIGRATE_ONLY=true migrates the schema as its
# owner and exits. The Deployment waits for it and is never given the owner's password.
resource "kubernetes_job_v1" "migrate" {
  metadata {
    name      = "cctv-portal-migrate"
    namespace = local.namespace
    labels    = merge(local.labels, { "app.kubernetes.io/component" = "migration" })
  }

  spec {
    backoff_limit = 2

    template {
      metadata {
        labels = merge(local.labels, { "app.kubernetes.io/component" = "migration" })
      }

      spec {
        automount_service_account_token = false
        restart_policy                  = "Never"

        security_context {
          run_as_non_root = true
          run_as_user     = 185
          run_as_group    = 185
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        container {
          name              = "migrate"
          image             = var.image
          image_pull_policy = "IfNotPresent"

          dynamic "env" {
            for_each = merge(var.environment, {
              PORTAL_MIGRATE_ONLY       = "true"
              QUARKUS_SCHEDULER_ENABLED = "false"
            })
            content {
              name  = env.key
              value = env.value
            }
          }

          # The portal's own secrets (its start-up checks the schema as the portal's role), then the owner's password.
          env_from {
            secret_ref {
              name = kubernetes_secret_v1.portal.metadata[0].name
            }
          }
          env_from {
            secret_ref {
              name = kubernetes_secret_v1.migration.metadata[0].name
            }
          }

          resources {
            requests = {
              cpu    = var.cpu_request
              memory = var.memory_request
            }
            limits = {
              cpu    = var.cpu_limit
              memory = var.memory_limit
            }
          }

          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
          volume_mount {
            name       = "database-ca"
            mount_path = var.database_ca_mount
            read_only  = true
          }
        }

        volume {
          name = "tmp"
          empty_dir {
            size_limit = var.tmp_size_limit
          }
        }
        volume {
          name = "database-ca"
          secret {
            secret_name  = kubernetes_secret_v1.database_ca.metadata[0].name
            default_mode = "0444"
          }
        }
      }
    }
  }

  wait_for_completion = true

  timeouts {
    create = "15m"
    update = "15m"
  }

  lifecycle {
    replace_triggered_by = [terraform_data.migration_image]
  }
}

resource "kubernetes_deployment_v1" "portal" {
  # The schema is migrated before a new version starts.
  depends_on = [kubernetes_job_v1.migrate]

  metadata {
    name      = "cctv-portal"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    replicas               = var.min_replicas
    revision_history_limit = 5

    selector {
      match_labels = local.selector
    }

    # A new version starts beside the old one and takes traffic only once ready.
    strategy {
      type = "RollingUpdate"
      rolling_update {
        max_surge       = "25%"
        max_unavailable = "0"
      }
    }

    template {
      metadata {
        labels = local.labels
        annotations = {
          # Changing a secret restarts the pods, which read their environment only at start.
          "checksum/secret"      = sha256(jsonencode(var.secret_environment))
          "prometheus.io/scrape" = "true"
          "prometheus.io/port"   = "9000"
          "prometheus.io/path"   = "/q/metrics"
        }
      }

      spec {
        automount_service_account_token  = false
        termination_grace_period_seconds = 30

        # Instances spread across zones, then across nodes: a zone lost takes at most its share.
        topology_spread_constraint {
          max_skew           = 1
          topology_key       = "topology.kubernetes.io/zone"
          when_unsatisfiable = "DoNotSchedule"
          label_selector {
            match_labels = local.selector
          }
        }
        topology_spread_constraint {
          max_skew           = 1
          topology_key       = "kubernetes.io/hostname"
          when_unsatisfiable = "ScheduleAnyway"
          label_selector {
            match_labels = local.selector
          }
        }

        security_context {
          run_as_non_root = true
          run_as_user     = 185
          run_as_group    = 185
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        container {
          name              = "portal"
          image             = var.image
          image_pull_policy = "IfNotPresent"

          port {
            name           = "http"
            container_port = 8080
          }
          port {
            name           = "management"
            container_port = 9000
          }

          dynamic "env" {
            for_each = var.environment
            content {
              name  = env.key
              value = env.value
            }
          }

          # The heap bound measured by the benchmarks (a 100,000-row import finishes within a 256 MiB heap).
          env {
            name  = "JAVA_TOOL_OPTIONS"
            value = "-Xmx${var.heap} -XX:+ExitOnOutOfMemoryError"
          }

          # The footprint settings (docs/operations.md, "The JVM and its heap"): the serial collector, a small initial
          # heap that gives back what is free, the client compiler only; and two malloc arenas instead of eight per core.
          env {
            name  = "JDK_JAVA_OPTIONS"
            value = var.jvm_options
          }
          env {
            name  = "MALLOC_ARENA_MAX"
            value = "2"
          }

          env_from {
            secret_ref {
              name = kubernetes_secret_v1.portal.metadata[0].name
            }
          }

          resources {
            requests = {
              cpu    = var.cpu_request
              memory = var.memory_request
            }
            limits = {
              cpu    = var.cpu_limit
              memory = var.memory_limit
            }
          }

          # Allow a slow start up to five minutes before liveness counts (migrations ran in the Job before).
          startup_probe {
            http_get {
              path = "/q/health/live"
              port = "management"
            }
            period_seconds    = 5
            failure_threshold = 60
          }

          liveness_probe {
            http_get {
              path = "/q/health/live"
              port = "management"
            }
            period_seconds    = 10
            timeout_seconds   = 3
            failure_threshold = 3
          }

          # Ready when PostgreSQL and object storage answer. Keycloak's state is reported at /q/health/well, not here:
          # an outage of Keycloak is the same for every instance and must not take them all out of service.
          readiness_probe {
            http_get {
              path = "/q/health/ready"
              port = "management"
            }
            period_seconds    = 5
            timeout_seconds   = 3
            failure_threshold = 3
          }

          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
          volume_mount {
            name       = "database-ca"
            mount_path = var.database_ca_mount
            read_only  = true
          }
        }

        volume {
          name = "tmp"
          empty_dir {
            size_limit = var.tmp_size_limit
          }
        }
        volume {
          name = "database-ca"
          secret {
            secret_name  = kubernetes_secret_v1.database_ca.metadata[0].name
            default_mode = "0444"
          }
        }
      }
    }
  }

  # The autoscaler owns the replica count once it runs.
  lifecycle {
    ignore_changes = [spec[0].replicas]
  }
}

resource "kubernetes_service_v1" "portal" {
  metadata {
    name      = "cctv-portal"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    type     = "ClusterIP"
    selector = local.selector

    port {
      name        = "http"
      port        = 80
      target_port = "http"
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "portal" {
  metadata {
    name      = "cctv-portal"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    min_replicas = var.min_replicas
    max_replicas = var.max_replicas

    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = kubernetes_deployment_v1.portal.metadata[0].name
    }

    metric {
      type = "Resource"
      resource {
        name = "cpu"
        target {
          type                = "Utilization"
          average_utilization = var.cpu_target_utilisation
        }
      }
    }

    # Scale down one instance a minute at most, after five quiet minutes.
    behavior {
      scale_down {
        stabilization_window_seconds = 300
        select_policy                = "Max"
        policy {
          type           = "Pods"
          value          = 1
          period_seconds = 60
        }
      }
    }
  }
}

# Node drains and cluster upgrades take the portal's instances down one at a time.
resource "kubernetes_pod_disruption_budget_v1" "portal" {
  metadata {
    name      = "cctv-portal"
    namespace = local.namespace
    labels    = local.labels
  }

  spec {
    max_unavailable = "1"
    selector {
      match_labels = local.selector
    }
  }
}
