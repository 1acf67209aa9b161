# Multi-factor sign-in for the roles that reach the most: evidence officers (footage and its custody), partnership
# admins (every partner of the partnership) and platform admins (every partnership on the service). The realm's browser flow is Keycloak's own (a session cookie, or
# username and password) plus a one-time code from an authenticator app (OTP) for a user holding either role; a user
# without an OTP device is asked to set one up at that sign-in (required action CONFIGURE_TOTP). Other roles sign in
# as before, with OTP only if they chose to set it up. The local stack's realm file keeps Keycloak's default flow, so
# OTP stays optional in the demo; RealmDriftTest compares everything else.

locals {
  browser_flow = "browser-role-otp"
}

resource "keycloak_required_action" "configure_totp" {
  realm_id       = keycloak_realm.portal.id
  alias          = "CONFIGURE_TOTP"
  name           = "Configure OTP"
  enabled        = true
  default_action = false
}

resource "keycloak_authentication_flow" "browser" {
  realm_id    = keycloak_realm.portal.id
  alias       = local.browser_flow
  description = "Browser sign-in; evidence officers, partnership admins and platform admins also give a one-time code"
}

resource "keycloak_authentication_execution" "cookie" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_flow.browser.alias
  authenticator     = "auth-cookie"
  requirement       = "ALTERNATIVE"
}

resource "keycloak_authentication_subflow" "forms" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_flow.browser.alias
  alias             = "${local.browser_flow}-forms"
  requirement       = "ALTERNATIVE"

  depends_on = [keycloak_authentication_execution.cookie]
}

resource "keycloak_authentication_execution" "password" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.forms.alias
  authenticator     = "auth-username-password-form"
  requirement       = "REQUIRED"
}

# ---- Evidence officers ---------------------------------------------------------------------------------------------

resource "keycloak_authentication_subflow" "otp_evidence_officer" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.forms.alias
  alias             = "${local.browser_flow}-evidence-officer"
  requirement       = "CONDITIONAL"

  depends_on = [keycloak_authentication_execution.password]
}

resource "keycloak_authentication_execution" "evidence_officer_role" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.otp_evidence_officer.alias
  authenticator     = "conditional-user-role"
  requirement       = "REQUIRED"
}

resource "keycloak_authentication_execution_config" "evidence_officer_role" {
  realm_id     = keycloak_realm.portal.id
  execution_id = keycloak_authentication_execution.evidence_officer_role.id
  alias        = "otp-for-evidence-officer"
  config = {
    condUserRole = "evidence-officer"
    negate       = "false"
  }
}

resource "keycloak_authentication_execution" "evidence_officer_otp" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.otp_evidence_officer.alias
  authenticator     = "auth-otp-form"
  requirement       = "REQUIRED"

  depends_on = [keycloak_authentication_execution.evidence_officer_role]
}

# ---- Partnership admins (asked once: a partnership admin who is also an evidence officer gave the code above) ------

resource "keycloak_authentication_subflow" "otp_partnership_admin" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.forms.alias
  alias             = "${local.browser_flow}-partnership-admin"
  requirement       = "CONDITIONAL"

  depends_on = [keycloak_authentication_subflow.otp_evidence_officer]
}

resource "keycloak_authentication_execution" "partnership_admin_role" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.otp_partnership_admin.alias
  authenticator     = "conditional-user-role"
  requirement       = "REQUIRED"
}

resource "keycloak_authentication_execution_config" "partnership_admin_role" {
  realm_id     = keycloak_realm.portal.id
  execution_id = keycloak_authentication_execution.partnership_admin_role.id
  alias        = "otp-for-partnership-admin"
  config = {
    condUserRole = "partnership-admin"
    negate       = "false"
  }
}

resource "keycloak_authentication_execution" "not_evidence_officer" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.otp_partnership_admin.alias
  authenticator     = "conditional-user-role"
  requirement       = "REQUIRED"

  depends_on = [keycloak_authentication_execution.partnership_admin_role]
}

resource "keycloak_authentication_execution_config" "not_evidence_officer" {
  realm_id     = keycloak_realm.portal.id
  execution_id = keycloak_authentication_execution.not_evidence_officer.id
  alias        = "otp-not-twice-for-evidence-officer"
  config = {
    condUserRole = "evidence-officer"
    negate       = "true"
  }
}

resource "keycloak_authentication_execution" "partnership_admin_otp" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.otp_partnership_admin.alias
  authenticator     = "auth-otp-form"
  requirement       = "REQUIRED"

  depends_on = [keycloak_authentication_execution.not_evidence_officer]
}

# ---- Platform admins (the service's own staff hold no partner role, so nobody is asked twice) ----------------------

resource "keycloak_authentication_subflow" "otp_platform_admin" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.forms.alias
  alias             = "${local.browser_flow}-platform-admin"
  requirement       = "CONDITIONAL"

  depends_on = [keycloak_authentication_subflow.otp_partnership_admin]
}

resource "keycloak_authentication_execution" "platform_admin_role" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.otp_platform_admin.alias
  authenticator     = "conditional-user-role"
  requirement       = "REQUIRED"
}

resource "keycloak_authentication_execution_config" "platform_admin_role" {
  realm_id     = keycloak_realm.portal.id
  execution_id = keycloak_authentication_execution.platform_admin_role.id
  alias        = "otp-for-platform-admin"
  config = {
    condUserRole = "platform-admin"
    negate       = "false"
  }
}

resource "keycloak_authentication_execution" "platform_admin_otp" {
  realm_id          = keycloak_realm.portal.id
  parent_flow_alias = keycloak_authentication_subflow.otp_platform_admin.alias
  authenticator     = "auth-otp-form"
  requirement       = "REQUIRED"

  depends_on = [keycloak_authentication_execution.platform_admin_role]
}

# The realm signs browsers in through the flow above.
resource "keycloak_authentication_bindings" "portal" {
  realm_id     = keycloak_realm.portal.id
  browser_flow = keycloak_authentication_flow.browser.alias

  depends_on = [
    keycloak_authentication_execution.evidence_officer_otp,
    keycloak_authentication_execution.partnership_admin_otp,
    keycloak_authentication_execution.platform_admin_otp,
    keycloak_required_action.configure_totp,
  ]
}
