# Prometheus (the Prometheus operator) scrapes the management port through a service of its own, which no ingress
# points at; the network policy lets only the monitoring namespace reach that port. The alert rules name what an
# operator must act on; docs/deployment.md says what each means and what to do.

resource "kubernetes_service_v1" "management" {
  metadata {
    name      = "cctv-portal-management"
    namespace = local.namespace
    labels    = merge(local.labels, { "app.kubernetes.io/component" = "management" })
  }

  spec {
    type       = "ClusterIP"
    cluster_ip = "None"
    selector   = local.selector

    port {
      name        = "management"
      port        = 9000
      target_port = "management"
    }
  }
}

resource "kubernetes_manifest" "service_monitor" {
  manifest = {
    apiVersion = "monitoring.coreos.com/v1"
    kind       = "ServiceMonitor"
    metadata = {
      name      = "cctv-portal"
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      selector = { matchLabels = { "app.kubernetes.io/component" = "management" } }
      endpoints = [
        {
          port     = "management"
          path     = "/q/metrics"
          interval = "30s"
        },
      ]
    }
  }
}

resource "kubernetes_manifest" "alert_rules" {
  manifest = {
    apiVersion = "monitoring.coreos.com/v1"
    kind       = "PrometheusRule"
    metadata = {
      name      = "cctv-portal"
      namespace = local.namespace
      labels    = local.labels
    }
    spec = {
      groups = [
        {
          name = "cctv-portal"
          rules = [
            {
              alert  = "PortalOutboxDeadLetters"
              expr   = "max(portal_outbox_dead_letters) > 0"
              for    = "5m"
              labels = { severity = "warning" }
              annotations = {
                summary     = "E-mails could not be delivered after every attempt"
                description = "{{ $value }} e-mails are dead letters: the partnerships' PCC offices see them under Notifications; check the mail server and resend."
              }
            },
            {
              alert  = "PortalJobOverrun"
              expr   = "max(portal_job_unfinished_seconds) > ${var.alerts.job_overrun_minutes * 60}"
              for    = "0m"
              labels = { severity = "warning" }
              annotations = {
                summary     = "A scheduled job has run longer than ${var.alerts.job_overrun_minutes} minutes"
                description = "A job run started {{ $value }} s ago and has not finished, or the instance running it died: the job_run table names the job and the instance."
              }
            },
            {
              alert  = "PortalCustodyMismatch"
              expr   = "max(portal_custody_mismatches) > 0"
              for    = "0m"
              labels = { severity = "critical" }
              annotations = {
                summary     = "Stored evidence no longer matches its custody chain"
                description = "The integrity check found {{ $value }} evidence objects tampered with or missing in the last 24 hours: the owning partners see the alerts; treat as an incident."
              }
            },
            {
              alert  = "PortalDatabaseReplicationLag"
              expr   = "max(cnpg_pg_replication_lag) > ${var.alerts.replication_lag_seconds}"
              for    = "5m"
              labels = { severity = "warning" }
              annotations = {
                summary     = "A PostgreSQL replica lags the primary"
                description = "A replica is {{ $value }} s behind: figures read from replicas are that old, and a fail-over would lose less than this but wait for it."
              }
            },
            {
              alert  = "PortalNotReady"
              expr   = "kube_deployment_status_replicas_available{deployment=\"cctv-portal\"} < 1"
              for    = "2m"
              labels = { severity = "critical" }
              annotations = {
                summary     = "No portal instance is ready"
                description = "Readiness depends on PostgreSQL and object storage only: one of them does not answer."
              }
            },
          ]
        },
      ]
    }
  }
}
