-- A partner's saved groups of cameras, picked again on the booking form. The rows belong to the partner that saved
-- them (forced row-level security, like the partner's bookings); a group names its cameras by id.
create table camera_group (
    id          bigint        primary key,
    partner_id  varchar(64)   not null,
    name        varchar(200)  not null,
    camera_ids  bigint[]      not null,
    saved_at    timestamptz   not null,
    constraint camera_group_name_key unique (partner_id, name)
);
create sequence camera_group_seq increment by 50;

alter table camera_group enable row level security;
alter table camera_group force row level security;
create policy camera_group_own on camera_group for all using (partner_id = app_partner())
    with check (partner_id = app_partner());
create policy camera_group_provision on camera_group for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');

grant select, insert, update on camera_group to ${portal_role};
grant usage, select on sequence camera_group_seq to ${portal_role};
