-- A withdrawn partner's people lose the portal at once and their Keycloak accounts soon after. Their records are
-- deactivated in the withdrawal's own transaction and marked here: the mark says the account is still to be disabled
-- and its sessions ended in Keycloak, which is outside the transaction. It is cleared only once Keycloak has done
-- both (right after the withdrawal, or by the retry job while Keycloak was away), so a fault half-way leaves marked
-- people, never an account forgotten.
alter table person add column account_to_disable boolean not null default false;
create index person_account_to_disable_idx on person (partner_id) where account_to_disable;
