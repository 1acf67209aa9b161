-- No overstaffed shift. The trigger counted a shift's assignments without locking the shift, so two transactions
-- filling its last position at once each counted one free place and both committed. It now locks the shift row
-- first: concurrent assignments to one shift are checked one after the other, each counting what the one before
-- committed (a plpgsql statement takes a new snapshot in READ COMMITTED), whatever path writes them.
create or replace function rota_assignment_period() returns trigger language plpgsql as $$
declare
    s rota_shift%rowtype;
begin
    select * into s from rota_shift where id = new.shift_id for update;
    if not found then
        raise exception 'assignment to an unknown shift %', new.shift_id using errcode = 'foreign_key_violation';
    end if;
    new.period := tstzrange(s.starts_at, s.ends_at);
    if (select count(*) from rota_assignment where shift_id = new.shift_id and id <> new.id) >= s.positions then
        raise exception 'shift % is fully staffed', new.shift_id using errcode = 'check_violation';
    end if;
    return new;
end $$;
