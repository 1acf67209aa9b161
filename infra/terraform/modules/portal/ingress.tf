# The portal's public address: TLS from cert-manager (the certificate is requested from the issuer named in the
# annotation and renewed before it expires), HTTP redirected to HTTPS by the controller.
resource "kubernetes_ingress_v1" "portal" {
  metadata {
    name      = "cctv-portal"
    namespace = local.namespace
    labels    = local.labels
    annotations = {
      "cert-manager.io/cluster-issuer" = var.cluster_issuer
    }
  }

  spec {
    ingress_class_name = var.ingress_class

    tls {
      hosts       = [var.host]
      secret_name = "cctv-portal-tls"
    }

    rule {
      host = var.host
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = kubernetes_service_v1.portal.metadata[0].name
              port {
                name = "http"
              }
            }
          }
        }
      }
    }
  }
}
