-- The dashboards' figures, pre-aggregated per partner. A scheduled job (DashboardRefresh) recomputes each partner's
-- figures under that partner's own tenant and row-level security, from the same queries its own pages use, and
-- replaces its rows here in one transaction with the time they were taken (dashboard_refresh.as_at). The dashboards
-- read only these small rows: a partner its own, the PCC office every partner's of its partnership through the
-- PARTNERSHIP_DASHBOARD path. A figure is (figure, item) -> amount, such as ('CAMERAS', 'LIVE') -> 412 or
-- ('BOOKED_HOURS', '<hub id>') -> 96, so the partnership's total of any figure is a plain sum over its partners.

create table dashboard_figure (
    partner_id      varchar(64)     not null references partner (id),
    partnership_id  varchar(64)     not null references partnership (id),
    figure          varchar(40)     not null,
    item            varchar(80)     not null,
    amount          numeric(18, 2)  not null,
    primary key (partner_id, figure, item)
);
create index dashboard_figure_partnership_idx on dashboard_figure (partnership_id, figure, item) include (amount);

create table dashboard_refresh (
    partner_id      varchar(64)  primary key references partner (id),
    partnership_id  varchar(64)  not null references partnership (id),
    as_at           timestamptz  not null
);
create index dashboard_refresh_partnership_idx on dashboard_refresh (partnership_id);

alter table dashboard_figure enable row level security;
alter table dashboard_figure force row level security;
alter table dashboard_refresh enable row level security;
alter table dashboard_refresh force row level security;

-- A partner writes and reads its own figures; the partnership scope reads every partner's of the caller's
-- partnership (read-only there: CrossPartnerReads sets the transaction read only).
create policy dashboard_figure_own on dashboard_figure for all
    using (partner_id = app_partner())
    with check (partner_id = app_partner() and partnership_id = app_partnership());
create policy dashboard_figure_partnership on dashboard_figure for select
    using (app_scope() = 'partnership' and partnership_id = app_partnership());
create policy dashboard_refresh_own on dashboard_refresh for all
    using (partner_id = app_partner())
    with check (partner_id = app_partner() and partnership_id = app_partnership());
create policy dashboard_refresh_partnership on dashboard_refresh for select
    using (app_scope() = 'partnership' and partnership_id = app_partnership());

grant select, insert, update, delete on dashboard_figure, dashboard_refresh to ${portal_role};

-- The PCC office's map finds the cameras inside the part of the map on screen.
create index camera_location_idx on camera using gist (point(longitude, latitude)) where latitude is not null;
