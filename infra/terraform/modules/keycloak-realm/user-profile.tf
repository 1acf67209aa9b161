# The realm's declarative user profile. Keycloak 26 drops user attributes the profile does not declare, so partner and
# partnership are declared here; only administrators may edit them. The resource replaces the whole profile, so the
# built-in attributes are declared too, as in the realm file.
resource "keycloak_realm_user_profile" "portal" {
  realm_id = keycloak_realm.portal.id

  attribute {
    name         = "username"
    display_name = "Username"
    multi_valued = false

    permissions {
      view = ["admin", "user"]
      edit = ["admin"]
    }

    validator {
      name = "length"
      config = {
        min = "3"
        max = "255"
      }
    }
    validator {
      name = "username-prohibited-characters"
    }
    validator {
      name = "up-username-not-idn-homograph"
    }
  }

  attribute {
    name               = "email"
    display_name       = "Email"
    multi_valued       = false
    required_for_roles = ["user"]

    permissions {
      view = ["admin", "user"]
      edit = ["admin", "user"]
    }

    validator {
      name = "email"
    }
    validator {
      name = "length"
      config = {
        max = "255"
      }
    }
  }

  attribute {
    name               = "firstName"
    display_name       = "First name"
    multi_valued       = false
    required_for_roles = ["user"]

    permissions {
      view = ["admin", "user"]
      edit = ["admin", "user"]
    }

    validator {
      name = "length"
      config = {
        max = "255"
      }
    }
    validator {
      name = "person-name-prohibited-characters"
    }
  }

  attribute {
    name               = "lastName"
    display_name       = "Last name"
    multi_valued       = false
    required_for_roles = ["user"]

    permissions {
      view = ["admin", "user"]
      edit = ["admin", "user"]
    }

    validator {
      name = "length"
      config = {
        max = "255"
      }
    }
    validator {
      name = "person-name-prohibited-characters"
    }
  }

  attribute {
    name         = "partner"
    display_name = "Partner"
    multi_valued = false

    permissions {
      view = ["admin", "user"]
      edit = ["admin"]
    }
  }

  attribute {
    name         = "partnership"
    display_name = "Partnership"
    multi_valued = false

    permissions {
      view = ["admin", "user"]
      edit = ["admin"]
    }
  }

  group {
    name                = "user-metadata"
    display_header      = "User metadata"
    display_description = "Attributes, which refer to user metadata"
  }
}
