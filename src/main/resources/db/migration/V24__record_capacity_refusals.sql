-- An approval the hub's capacity refuses leaves the booking REQUESTED; the booking partner reads why on its booking
-- (page and API) instead of a bare "Requested". Only the hub's operator writes it (booking_guard, in
-- R__monitoring_capacity.sql), and only while the booking waits for its decision.
alter table booking add column capacity_refusal varchar(2000);
alter table booking add column capacity_refused_at timestamptz;
