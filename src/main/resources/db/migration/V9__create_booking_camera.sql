-- The cameras a booking names: a partner books monitoring of a group of its own cameras. Both foreign keys carry the
-- partner, so a booking can name only cameras of the partner that made it. The booking's camera count (which drives
-- the hub's capacity) equals the number of cameras it names for every booking made from now on: checked by the
-- portal and, at commit, by a deferred constraint trigger.

alter table booking add constraint booking_id_partner_key unique (id, partner_id);

create table booking_camera (
    booking_id  bigint       not null,
    camera_id   bigint       not null,
    partner_id  varchar(64)  not null,
    primary key (booking_id, camera_id),
    foreign key (booking_id, partner_id) references booking (id, partner_id),
    foreign key (camera_id, partner_id) references camera (id, partner_id)
);
create index booking_camera_camera_idx on booking_camera (camera_id);

-- Runs as the owner so it counts every row of the booking, whoever's policies apply to the caller.
create function booking_camera_count_check() returns trigger
        language plpgsql security definer set search_path = public, pg_catalog as $$
declare
    p_booking bigint;
    booked integer;
    named integer;
begin
    if tg_table_name = 'booking' then
        p_booking := new.id;
    else
        p_booking := new.booking_id;
    end if;
    select cameras into booked from booking where id = p_booking;
    if booked is null then
        return null;
    end if;
    select count(*) into named from booking_camera where booking_id = p_booking;
    if named <> booked then
        raise exception 'booking % books % cameras but names %', p_booking, booked, named
            using errcode = 'check_violation';
    end if;
    return null;
end $$;

create constraint trigger booking_cameras_named after insert on booking
    deferrable initially deferred for each row execute function booking_camera_count_check();
create constraint trigger booking_camera_count after insert on booking_camera
    deferrable initially deferred for each row execute function booking_camera_count_check();

-- The same readers as the booking itself.
alter table booking_camera enable row level security;
create policy booking_camera_own on booking_camera for select using (partner_id = app_partner());
create policy booking_camera_own_insert on booking_camera for insert with check (partner_id = app_partner());
create policy booking_camera_hub_operator on booking_camera for select
    using (exists (select 1 from booking b where b.id = booking_id and hub_operated_by_caller(b.hub_id)));
create policy booking_camera_pcc_totals on booking_camera for select using (app_scope() = 'partnership'
    and app_is_pcc_office() and partner_id in (select app_partnership_partners()));
create policy booking_camera_provision on booking_camera for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');

grant select, insert on booking_camera to ${portal_role};
