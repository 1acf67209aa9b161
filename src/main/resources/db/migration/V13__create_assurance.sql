-- Assurance: switch-off notices the PCC office acknowledges, the Surveillance Camera Code of Practice
-- self-assessment, the DPIA register and subject access requests. The disclosure register and "who watched whose
-- cameras" are read from the evidence vault's own records (shares and custody events), never kept twice.

-- ---- Switch-off notices ------------------------------------------------------------------------------------------

-- A notice belongs to the partner whose coverage is at risk; raise_switch_off_notices() writes it under that
-- partner's own policies, so a council's transaction (or the job acting for it) raises its own notices only.
create table switch_off_notice (
    id          bigint        primary key,
    partner_id  varchar(64)   not null references partner (id),
    kind        varchar(24)   not null
        check (kind in ('DECOMMISSIONED', 'OFFLINE', 'MONITORING_CANCELLED', 'FUNDING_ENDING')),
    source_key  varchar(100)  not null,
    summary     varchar(1000) not null,
    raised_at   timestamptz   not null,
    unique (partner_id, kind, source_key),
    unique (id, partner_id)
);
create index switch_off_notice_raised_idx on switch_off_notice (partner_id, raised_at desc);
create sequence switch_off_notice_seq increment by 50;

-- The cameras a notice is about. A switch-off (a camera_status_change row) joins one notice only, ever.
create table switch_off_notice_camera (
    notice_id         bigint       not null,
    partner_id        varchar(64)  not null,
    camera_id         bigint       not null,
    status_change_id  bigint       unique references camera_status_change (id) on delete cascade,
    added_at          timestamptz  not null,
    foreign key (notice_id, partner_id) references switch_off_notice (id, partner_id),
    foreign key (camera_id, partner_id) references camera (id, partner_id) on delete cascade
);
create index switch_off_notice_camera_notice_idx on switch_off_notice_camera (notice_id);
create unique index switch_off_notice_camera_once on switch_off_notice_camera (notice_id, camera_id)
    where status_change_id is null;

-- The PCC office's acknowledgement: its own row (partner_id is the PCC office), final once written.
create table switch_off_acknowledgement (
    notice_id        bigint         primary key references switch_off_notice (id),
    partner_id       varchar(64)    not null references partner (id),
    note             varchar(2000)  not null check (length(btrim(note)) > 0),
    acknowledged_by  varchar(200)   not null,
    acknowledged_at  timestamptz    not null
);

-- ---- Code of practice, DPIAs, subject access requests -------------------------------------------------------------

create table cop_assessment (
    id           bigint         primary key,
    partner_id   varchar(64)    not null references partner (id),
    principle    smallint       not null check (principle between 1 and 12),
    status       varchar(16)    not null check (status in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_ASSESSED')),
    evidence     varchar(4000),
    review_date  date,
    updated_by   varchar(200)   not null,
    updated_at   timestamptz    not null,
    version      integer        not null default 0,
    unique (partner_id, principle),
    check (status = 'NOT_ASSESSED' or (review_date is not null and length(btrim(coalesce(evidence, ''))) > 0))
);
create sequence cop_assessment_seq increment by 50;

create table dpia (
    id           bigint         primary key,
    partner_id   varchar(64)    not null references partner (id),
    reference    varchar(40)    not null,
    title        varchar(200)   not null,
    site_id      bigint,
    status       varchar(12)    not null check (status in ('DRAFT', 'APPROVED', 'RETIRED')),
    approved_on  date,
    review_due   date           not null,
    owner        varchar(200)   not null,
    notes        varchar(4000),
    updated_by   varchar(200)   not null,
    updated_at   timestamptz    not null,
    version      integer        not null default 0,
    unique (id, partner_id),
    foreign key (site_id, partner_id) references site (id, partner_id),
    check (status <> 'APPROVED' or approved_on is not null)
);
create unique index dpia_reference_idx on dpia (partner_id, lower(reference));
create index dpia_review_idx on dpia (partner_id, review_due) where status <> 'RETIRED';
create sequence dpia_seq increment by 50;

create table dpia_camera (
    dpia_id     bigint       not null,
    partner_id  varchar(64)  not null,
    camera_id   bigint       not null,
    primary key (dpia_id, camera_id),
    foreign key (dpia_id, partner_id) references dpia (id, partner_id) on delete cascade,
    foreign key (camera_id, partner_id) references camera (id, partner_id)
);

-- A subject access request: one calendar month from receipt (the receipt's London date), extendable by up to two
-- further months with a reason. The database holds the same limits as the form.
create table subject_access_request (
    id                bigint         primary key,
    partner_id        varchar(64)    not null references partner (id),
    reference         varchar(40)    not null,
    requester         varchar(200)   not null,
    received_on       date           not null,
    due_on            date           not null,
    extended_to       date,
    extension_reason  varchar(1000),
    status            varchar(12)    not null check (status in ('OPEN', 'RESPONDED', 'WITHDRAWN')),
    closed_on         date,
    created_by        varchar(200)   not null,
    created_at        timestamptz    not null,
    version           integer        not null default 0,
    check (due_on = (received_on + interval '1 month')::date),
    check (extended_to is null or (extended_to > due_on
        and extended_to <= (received_on + interval '3 months')::date)),
    check ((extended_to is null) = (extension_reason is null)),
    check ((status = 'OPEN') = (closed_on is null))
);
create unique index subject_access_request_reference_idx on subject_access_request (partner_id, lower(reference));
create index subject_access_request_open_idx on subject_access_request (partner_id, due_on) where status = 'OPEN';
create sequence subject_access_request_seq increment by 50;

-- ---- Raising notices ---------------------------------------------------------------------------------------------

-- Raises the caller's partner's missing notices; safe to run any number of times. Decommissioned cameras and cameras
-- offline for longer than p_offline_after join the partner's unacknowledged notice of that kind (or start one); an
-- approved booking that was cancelled and a funding end date within p_funding_days (or past) each raise one notice.
-- Runs with the caller's rights: the partner's own rows only. Answers the number of notices raised.
create function raise_switch_off_notices(p_now timestamptz, p_today date, p_offline_after interval,
        p_funding_days integer) returns integer language plpgsql as $$
declare
    v_partner varchar := app_partner();
    v_raised integer := 0;
    v_notice bigint;
    r record;
begin
    if v_partner = '' then
        raise exception 'switch-off notices are raised for a partner';
    end if;
    perform pg_advisory_xact_lock(hashtext('switch-off-notice'), hashtext(v_partner));
    for r in
        select c.id as change_id, c.camera_id, c.to_status as kind
        from camera_status_change c join camera cam on cam.id = c.camera_id and cam.status = c.to_status
        where c.partner_id = v_partner and c.to_status in ('DECOMMISSIONED', 'OFFLINE')
          and (c.to_status = 'DECOMMISSIONED' or c.changed_at <= p_now - p_offline_after)
          and not exists (select 1 from switch_off_notice_camera nc where nc.status_change_id = c.id)
          and not exists (select 1 from camera_status_change later where later.camera_id = c.camera_id
              and (later.changed_at, later.id) > (c.changed_at, c.id))
        order by c.changed_at, c.id
    loop
        select n.id into v_notice from switch_off_notice n
        where n.partner_id = v_partner and n.kind = r.kind
          and not exists (select 1 from switch_off_acknowledgement a where a.notice_id = n.id)
        order by n.raised_at desc, n.id desc limit 1;
        if v_notice is null then
            v_notice := nextval('switch_off_notice_seq');
            insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
            values (v_notice, v_partner, r.kind, 'change:' || r.change_id, case r.kind
                when 'DECOMMISSIONED' then 'Cameras decommissioned'
                else 'Cameras offline for more than ' || justify_interval(p_offline_after)::text end, p_now);
            v_raised := v_raised + 1;
        end if;
        insert into switch_off_notice_camera (notice_id, partner_id, camera_id, status_change_id, added_at)
        values (v_notice, v_partner, r.camera_id, r.change_id, p_now);
    end loop;

    for r in
        select b.id, b.camera_group, b.cancelled_at from booking b
        where b.partner_id = v_partner and b.status = 'CANCELLED' and b.decided_at is not null
          and not exists (select 1 from switch_off_notice n where n.partner_id = v_partner
              and n.kind = 'MONITORING_CANCELLED' and n.source_key = 'booking:' || b.id)
    loop
        v_notice := nextval('switch_off_notice_seq');
        insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
        values (v_notice, v_partner, 'MONITORING_CANCELLED', 'booking:' || r.id,
            'Approved monitoring of ' || r.camera_group || ' cancelled', p_now);
        insert into switch_off_notice_camera (notice_id, partner_id, camera_id, added_at)
        select v_notice, v_partner, bc.camera_id, p_now from booking_camera bc where bc.booking_id = r.id;
        v_raised := v_raised + 1;
    end loop;

    for r in
        select p.funding_end_date from partner p
        where p.id = v_partner and p.funding_end_date <= p_today + p_funding_days
          and not exists (select 1 from switch_off_notice n where n.partner_id = v_partner
              and n.kind = 'FUNDING_ENDING' and n.source_key = 'funding:' || p.funding_end_date)
    loop
        insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
        values (nextval('switch_off_notice_seq'), v_partner, 'FUNDING_ENDING', 'funding:' || r.funding_end_date,
            case when r.funding_end_date < p_today then 'Funding ended on ' else 'Funding ends on ' end
                || to_char(r.funding_end_date, 'FMDD FMMonth YYYY'), p_now);
        v_raised := v_raised + 1;
    end loop;
    -- The estate at risk when funding ends: every camera in service, including those added since the notice.
    insert into switch_off_notice_camera (notice_id, partner_id, camera_id, added_at)
    select n.id, v_partner, c.id, p_now
    from switch_off_notice n join partner p on p.id = n.partner_id
        and n.source_key = 'funding:' || p.funding_end_date
    join camera c on c.partner_id = v_partner and c.status <> 'DECOMMISSIONED'
    where n.partner_id = v_partner and n.kind = 'FUNDING_ENDING'
      and not exists (select 1 from switch_off_acknowledgement a where a.notice_id = n.id)
    on conflict (notice_id, camera_id) where status_change_id is null do nothing;
    return v_raised;
end
$$;

-- Whether a notice belongs to a partner of the caller's partnership: read as the owner, so the PCC office can
-- acknowledge a notice it may not read in its own scope, and never one of another partnership.
create function switch_off_notice_in_partnership(notice bigint) returns boolean
    language sql stable security definer set search_path = public as $$
    select exists (select 1 from switch_off_notice n join partner p on p.id = n.partner_id
        where n.id = notice and p.partnership_id = app_partnership() and app_partnership() <> '')
$$;
revoke all on function switch_off_notice_in_partnership(bigint) from public;

-- ---- Row-level security ------------------------------------------------------------------------------------------

-- switch_off_notice is not FORCEd: its owner's function above reads it whole (and answers a yes or no only).
alter table switch_off_notice enable row level security;
alter table switch_off_notice_camera enable row level security;
alter table switch_off_notice_camera force row level security;
alter table switch_off_acknowledgement enable row level security;
alter table switch_off_acknowledgement force row level security;
alter table cop_assessment enable row level security;
alter table cop_assessment force row level security;
alter table dpia enable row level security;
alter table dpia force row level security;
alter table dpia_camera enable row level security;
alter table dpia_camera force row level security;
alter table subject_access_request enable row level security;
alter table subject_access_request force row level security;

do $$
declare t text;
begin
    foreach t in array array['switch_off_notice', 'switch_off_notice_camera', 'cop_assessment', 'dpia',
            'dpia_camera', 'subject_access_request'] loop
        execute format('create policy %I on %I for all using (partner_id = app_partner()) '
            || 'with check (partner_id = app_partner())', t || '_own', t);
        -- The PCC office reads its partnership's rows, only in the partnership scope (its named paths).
        execute format('create policy %I on %I for select using (app_scope() = ''partnership'' '
            || 'and app_is_pcc_office() and partner_id in (select app_partnership_partners()))', t || '_pcc', t);
    end loop;
end
$$;

create policy switch_off_acknowledgement_own on switch_off_acknowledgement for all
    using (partner_id = app_partner())
    with check (partner_id = app_partner() and app_is_pcc_office() and switch_off_notice_in_partnership(notice_id));
-- The partner a notice is about sees that it was acknowledged (its notices are readable to it).
create policy switch_off_acknowledgement_subject on switch_off_acknowledgement for select
    using (notice_id in (select n.id from switch_off_notice n where n.partner_id = app_partner()));
create policy switch_off_acknowledgement_pcc on switch_off_acknowledgement for select
    using (app_scope() = 'partnership' and app_is_pcc_office() and partner_id in (select app_partnership_partners()));

-- "Who watched whose cameras" across the partnership: the PCC office reads custody events of every partner's
-- evidence through its WHO_WATCHED path (partnership scope only); items and footage stay out of its reach.
create policy custody_event_pcc on custody_event for select
    using (app_scope() = 'partnership' and app_is_pcc_office() and partner_id in (select app_partnership_partners()));

grant select, insert on switch_off_notice, switch_off_notice_camera to ${portal_role};
grant select, insert on switch_off_acknowledgement to ${portal_role};
grant select, insert, update on cop_assessment, dpia, subject_access_request to ${portal_role};
grant select, insert, delete on dpia_camera to ${portal_role};
grant usage, select on sequence switch_off_notice_seq, cop_assessment_seq, dpia_seq, subject_access_request_seq
    to ${portal_role};
grant execute on function raise_switch_off_notices(timestamptz, date, interval, integer),
    switch_off_notice_in_partnership(bigint) to ${portal_role};
