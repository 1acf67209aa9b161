-- Tariffs per customer kind (council, business, police) with a day, a night and a weekend rate in pence.
--
-- 1. Customer kinds: PUBLIC is split by the booking partner's kind. Police forces become POLICE and every other
--    public body (councils, the PCC office) COUNCIL. Bookings keep the kind they were made with: booking_guard forbids
--    changing what was booked, so the trigger is off for this one correction and nothing else.
-- 2. Tariffs: the one rate in pounds becomes the same pence for day, night and weekend, so every existing statement
--    comes out as before. A PUBLIC tariff becomes a COUNCIL one and a POLICE one at the same rates. The bands
--    themselves (London local time) are the portal's: see PricingBands.java.
-- 3. A monthly fixed fee has no hourly rate to carry over: the migration stops and names the rows to re-enter.

-- The owner changes these rows only through the platform scope's policies (FORCE binds it too).
select set_config('app.scope', 'platform', true);

do $$
declare
    fixed text;
begin
    select string_agg(partnership_id || ' ' || customer_kind || ' from ' || effective_from, ', ') into fixed
        from monitoring_tariff where basis = 'MONTHLY_FIXED';
    if fixed is not null then
        raise exception 'monthly fixed tariffs cannot become hourly band rates; re-enter them per hour first: %', fixed;
    end if;
end $$;

alter table booking drop constraint booking_customer_kind_check;
alter table booking disable trigger booking_guard;
update booking b set customer_kind = case when p.kind = 'POLICE_FORCE' then 'POLICE' else 'COUNCIL' end
    from partner p where p.id = b.partner_id and b.customer_kind = 'PUBLIC';
alter table booking enable trigger booking_guard;
alter table booking add constraint booking_customer_kind_check
    check (customer_kind in ('COUNCIL', 'BUSINESS', 'POLICE'));

alter table monitoring_tariff drop constraint monitoring_tariff_customer_kind_check;
alter table monitoring_tariff drop constraint monitoring_tariff_basis_check;
alter table monitoring_tariff add column day_pence integer, add column night_pence integer,
    add column weekend_pence integer, add column set_by varchar(200), add column set_at timestamptz;
update monitoring_tariff set day_pence = round(rate * 100), night_pence = round(rate * 100),
    weekend_pence = round(rate * 100), set_by = 'migration', set_at = now();
insert into monitoring_tariff (id, partnership_id, customer_kind, basis, rate, effective_from, day_pence, night_pence,
        weekend_pence, set_by, set_at)
    select nextval('monitoring_tariff_seq'), partnership_id, 'POLICE', basis, rate, effective_from, day_pence,
        night_pence, weekend_pence, set_by, set_at
    from monitoring_tariff where customer_kind = 'PUBLIC';
update monitoring_tariff set customer_kind = 'COUNCIL' where customer_kind = 'PUBLIC';
alter table monitoring_tariff drop column rate;
alter table monitoring_tariff alter column day_pence set not null, alter column night_pence set not null,
    alter column weekend_pence set not null, alter column set_by set not null, alter column set_at set not null;
alter table monitoring_tariff add constraint monitoring_tariff_customer_kind_check
    check (customer_kind in ('COUNCIL', 'BUSINESS', 'POLICE'));
alter table monitoring_tariff add constraint monitoring_tariff_basis_check
    check (basis in ('CAMERA_HOUR', 'CONSOLE_HOUR'));
alter table monitoring_tariff add constraint monitoring_tariff_pence_check
    check (day_pence between 0 and 10000000 and night_pence between 0 and 10000000
        and weekend_pence between 0 and 10000000);

select set_config('app.scope', '', true);
