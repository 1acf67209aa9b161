-- A derivative that hides third parties (a redacted copy) says so: a subject access disclosure sends redacted files
-- unless a person records why not, so the vault must know which derivatives are redacted. Only a derivative can be.
alter table evidence_file add column redacted boolean not null default false;
alter table evidence_file add constraint evidence_file_redacted_is_derivative check (not redacted or kind = 'DERIVATIVE');
