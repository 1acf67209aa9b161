-- The portal's clock in the database. The portal sets app.now from its own clock on each connection it takes from
-- its pool (as it sets app.partner), so times the database decides by (a share still live, a booking night already
-- delivered, today's date for compliance) agree with the times the portal writes. With nothing set it is now().
create or replace function app_now() returns timestamptz language sql stable
as $function$ select coalesce(nullif(current_setting('app.now', true), '')::timestamptz, now()) $function$;

-- Rows stamped by the database take the same clock.
alter table partnership alter column created_at set default app_now();
alter table partner alter column created_at set default app_now();
alter table partner alter column updated_at set default app_now();
alter table manufacturer alter column created_at set default app_now();
alter table operating_system alter column created_at set default app_now();
alter table site alter column created_at set default app_now();
alter table site alter column updated_at set default app_now();
alter table recorder alter column created_at set default app_now();
alter table recorder alter column updated_at set default app_now();
alter table camera alter column created_at set default app_now();
alter table camera alter column updated_at set default app_now();
