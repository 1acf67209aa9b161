-- A subject access request falls due on a working day: one calendar month from receipt, moved to the next working day
-- when that date is a weekend or an England and Wales bank holiday (assurance's SarClock, with the portal's list of
-- bank holidays). The database keeps the bounds: never before the month is out, and at most a week after it.
do $$
declare
    v_name text;
begin
    select c.conname into v_name from pg_constraint c
        where c.conrelid = 'subject_access_request'::regclass and c.contype = 'c'
          and pg_get_constraintdef(c.oid) like '%due_on = %received_on + ''1 mon''%';
    if v_name is null then
        raise exception 'the due date''s check of subject_access_request was not found';
    end if;
    execute format('alter table subject_access_request drop constraint %I', v_name);
end
$$;
alter table subject_access_request add constraint subject_access_request_due_on_working_day
    check (due_on >= (received_on + interval '1 month')::date
       and due_on <= (received_on + interval '1 month')::date + 7);
