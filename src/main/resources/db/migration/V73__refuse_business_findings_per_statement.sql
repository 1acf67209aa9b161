-- A business's findings are refused once per insert, not looked up once per inserted row.
--
-- V38's row trigger compliance_finding_public_estate looked each new finding's partner up on its own (a security
-- definer function call and a query per row): re-raising one partnership's 64,687 findings spent 2.7 s of a 7.8 s
-- evaluation in it. The engine now leaves a business's assets out itself (R__compliance_engine.sql), and the check
-- that stays whatever path writes a finding is compliance_finding_references_exist, the statement trigger V11 made,
-- which reads the inserted rows once and refuses the insert if any is for a business.

drop trigger compliance_finding_public_estate on compliance_finding;
drop function compliance_finding_public_estate();
