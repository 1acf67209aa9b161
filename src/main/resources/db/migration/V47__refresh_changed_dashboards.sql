-- Dashboards refreshed as changes commit. A change the figures count (a camera's status, a booking decided, a
-- finding accepted...) writes a mark here in its own transaction, through dashboard_mark_changed (R__dashboard_
-- functions.sql), so the mark commits or rolls back with the change and any replica's worker sees it. The worker
-- (ChangedDashboards) takes the marked partners' figures again and deletes the marks it read, in the same
-- transaction as the new figures. Marks are only ever inserted (no row is shared by two writers, so no change waits
-- on another's mark); the full refresh stays as a slow safety net.

create table dashboard_change (
    id              bigint          generated always as identity primary key,
    partner_id      varchar(64)     not null references partner (id),
    partnership_id  varchar(64)     not null references partnership (id)
);
create index dashboard_change_partner_idx on dashboard_change (partner_id);

alter table dashboard_change enable row level security;
alter table dashboard_change force row level security;
-- The worker finds the marked partners at platform scope, then reads and deletes each partner's own marks.
create policy dashboard_change_own on dashboard_change for all using (partner_id = app_partner());
create policy dashboard_change_scan on dashboard_change for select using (app_scope() = 'platform');
-- dashboard_mark_changed (owner's rights) marks partners of the caller's partnership, which it checks itself.
create policy dashboard_change_mark on dashboard_change for insert to current_user
    with check (partnership_id = app_partnership() and app_partnership() <> '');

grant select, delete on dashboard_change to ${portal_role};

-- Small churn: a partner's figures are updated in place only where the value moved (DashboardFigures.store); room
-- on each page keeps those updates HOT, and vacuum comes early on these small, busy tables.
alter table dashboard_figure set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05,
    autovacuum_analyze_scale_factor = 0.05);
alter table dashboard_refresh set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.05);
alter table dashboard_change set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
    autovacuum_analyze_scale_factor = 0.05);
