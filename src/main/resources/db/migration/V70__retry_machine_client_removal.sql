-- A revoked machine client's Keycloak client is removed by the revocation itself, or, when Keycloak was away, by the
-- remove-revoked-machine-clients job until Keycloak answers (a registration Keycloak interrupted is marked the same
-- way). The job finds which partners have such clients at platform scope, then works under each partner's own policy:
-- platform scope reads the marked rows alone (no secret is ever held here), and changes none.
create policy machine_client_removal on machine_client for select
    using (app_scope() = 'platform' and keycloak_to_remove);
create index machine_client_to_remove_idx on machine_client (partner_id) where keycloak_to_remove;
