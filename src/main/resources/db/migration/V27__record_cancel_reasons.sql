-- A partner cancelling a booking says why; the hub's supervisor reads it on the booking. Written once, with the
-- cancellation (booking_guard, in R__monitoring_capacity.sql, refuses changing it afterwards).
alter table booking add column cancel_reason varchar(1000);
alter table booking add constraint booking_cancel_reason_only_when_cancelled
    check (cancel_reason is null or status = 'CANCELLED');
