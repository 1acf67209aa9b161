# One group per partner. A user placed in a partner's group gets that partner's partner and partnership claims
# through the attribute mappers, so production users carry no attributes of their own (the local stack's demo users
# do). A user's own attribute would win over the group's, and a user in two partner groups would get whichever group
# Keycloak lists first: put each user in exactly one partner group and give them no partner attributes.
resource "keycloak_group" "partner" {
  for_each = var.partners

  realm_id    = keycloak_realm.portal.id
  name        = each.value.name
  description = "Partner ${each.key} of partnership ${each.value.partnership}"

  attributes = {
    partner     = each.key
    partnership = each.value.partnership
  }
}
