-- An operator profile can be made inactive by a hub supervisor (someone who has left the control room). Until people
-- are managed through Keycloak from the portal, this is what "deactivated" means for the rota: an inactive operator
-- is not rostered, cannot issue a calendar feed, and any feed they had stops (it is revoked when they are made
-- inactive, and the feed is refused for an inactive profile whatever its row holds).
alter table operator_profile add column active boolean not null default true;
