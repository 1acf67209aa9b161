# PostgreSQL on CloudNativePG: one primary and streaming replicas, one per zone, the portal's two roles declared with
# their passwords from Kubernetes secrets, continuous backup (base backups and every WAL segment) to object storage
# through the Barman Cloud plugin, so any moment within retention can be restored. The operator makes the services:
# <cluster>-rw always reaches the primary (the portal and the migration Job), <cluster>-ro the replicas (the portal's
# replica datasource). Field names follow CloudNativePG's api/v1 types (Cluster, ScheduledBackup) and the plugin's
# ObjectStore (barmancloud.cnpg.io/v1).

locals {
  labels = {
    "app.kubernetes.io/name"       = "cctv-portal-db"
    "app.kubernetes.io/part-of"    = "cctv-portal"
    "app.kubernetes.io/managed-by" = "terraform"
  }
  namespace    = kubernetes_namespace_v1.db.metadata[0].name
  cluster_pods = { "cnpg.io/cluster" = var.cluster_name }
  object_store = "${var.cluster_name}-backups"
}

resource "kubernetes_namespace_v1" "db" {
  metadata {
    name   = var.namespace
    labels = local.labels
  }
}

# The roles' passwords, from variables (set from the secret store); the operator sets them in PostgreSQL.
resource "kubernetes_secret_v1" "owner" {
  metadata {
    name      = "${var.cluster_name}-owner"
    namespace = local.namespace
    labels    = merge(local.labels, { "cnpg.io/reload" = "true" })
  }
  type = "kubernetes.io/basic-auth"
  data = {
    username = var.owner_username
    password = var.owner_password
  }
}

resource "kubernetes_secret_v1" "portal" {
  metadata {
    name      = "${var.cluster_name}-portal"
    namespace = local.namespace
    labels    = merge(local.labels, { "cnpg.io/reload" = "true" })
  }
  type = "kubernetes.io/basic-auth"
  data = {
    username = var.portal_username
    password = var.portal_password
  }
}

resource "kubernetes_secret_v1" "backup" {
  metadata {
    name      = "${var.cluster_name}-backup-credentials"
    namespace = local.namespace
    labels    = local.labels
  }
  type = "Opaque"
  data = {
    ACCESS_KEY_ID     = var.backup_access_key
    ACCESS_SECRET_KEY = var.backup_secret_key
  }
}

resource "kubernetes_manifest" "object_store" {
  manifest = {
    apiVersion = "barmancloud.cnpg.io/v1"
    kind       = "ObjectStore"
    metadata = {
      name      = local.object_store
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      retentionPolicy = var.backup.retention
      configuration = {
        destinationPath = var.backup.destination_path
        endpointURL     = var.backup.endpoint_url
        s3Credentials = {
          accessKeyId = {
            name = kubernetes_secret_v1.backup.metadata[0].name
            key  = "ACCESS_KEY_ID"
          }
          secretAccessKey = {
            name = kubernetes_secret_v1.backup.metadata[0].name
            key  = "ACCESS_SECRET_KEY"
          }
        }
        wal = {
          compression = "gzip"
          maxParallel = 4
        }
        data = {
          compression = "gzip"
          jobs        = 2
        }
      }
    }
  }
}

resource "kubernetes_manifest" "cluster" {
  manifest = {
    apiVersion = "postgresql.cnpg.io/v1"
    kind       = "Cluster"
    metadata = {
      name      = var.cluster_name
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      instances             = var.instances
      imageName             = var.image
      primaryUpdateStrategy = "unsupervised"
      primaryUpdateMethod   = "switchover"
      enableSuperuserAccess = false

      postgresql = {
        parameters = var.parameters
      }

      bootstrap = {
        initdb = {
          database = var.database
          owner    = var.owner_username
          secret   = { name = kubernetes_secret_v1.owner.metadata[0].name }
        }
      }

      # The portal's role logs in, owns nothing and is bound by row-level security (V1 grants it its rights).
      managed = {
        roles = [
          {
            name           = var.portal_username
            ensure         = "present"
            comment        = "CCTV portal runtime: owns nothing, bound by row-level security"
            login          = true
            superuser      = false
            createdb       = false
            createrole     = false
            bypassrls      = false
            replication    = false
            passwordSecret = { name = kubernetes_secret_v1.portal.metadata[0].name }
          },
        ]
      }

      storage = {
        size         = var.storage_size
        storageClass = var.storage_class
      }
      walStorage = {
        size         = var.wal_storage_size
        storageClass = var.storage_class
      }

      resources = {
        requests = { cpu = var.resources.cpu_request, memory = var.resources.memory_request }
        limits   = { cpu = var.resources.cpu_limit, memory = var.resources.memory_limit }
      }

      # One instance per zone: losing a zone loses one instance, and the operator promotes a replica elsewhere.
      affinity = {
        enablePodAntiAffinity = true
        topologyKey           = "topology.kubernetes.io/zone"
        podAntiAffinityType   = "required"
      }
      topologySpreadConstraints = [
        {
          maxSkew           = 1
          topologyKey       = "topology.kubernetes.io/zone"
          whenUnsatisfiable = "DoNotSchedule"
          labelSelector     = { matchLabels = local.cluster_pods }
        },
      ]

      # WAL archiving and base backups through the Barman Cloud plugin.
      plugins = [
        {
          name          = "barman-cloud.cloudnative-pg.io"
          isWALArchiver = true
          parameters    = { barmanObjectName = local.object_store }
        },
      ]

      # cnpg_pg_replication_lag and the rest, scraped by Prometheus (the alert rules use them).
      monitoring = {
        enablePodMonitor = true
      }
    }
  }

  # Ready means the operator has made the cluster's certificates too, so the server CA can be read after this.
  wait {
    condition {
      type   = "Ready"
      status = "True"
    }
  }

  timeouts {
    create = "30m"
    update = "30m"
  }

  depends_on = [kubernetes_manifest.object_store]
}

resource "kubernetes_manifest" "scheduled_backup" {
  manifest = {
    apiVersion = "postgresql.cnpg.io/v1"
    kind       = "ScheduledBackup"
    metadata = {
      name      = "${var.cluster_name}-daily"
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      schedule             = var.backup.schedule
      immediate            = true
      backupOwnerReference = "self"
      cluster              = { name = var.cluster_name }
      method               = "plugin"
      pluginConfiguration  = { name = "barman-cloud.cloudnative-pg.io" }
    }
  }

  depends_on = [kubernetes_manifest.cluster]
}
