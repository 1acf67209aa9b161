-- The render queue's poll finds the partners with a queued (or abandoned) render in one read at platform scope,
-- then claims each one's under that partner as before; it used to read every partner's plans in turn, 513 reads
-- every five seconds at national size beside every request. Read only, and only at platform scope (the scheduler's
-- own): a partner's connection still sees its own plans alone.
create policy redaction_plan_platform_read on redaction_plan for select using (app_scope() = 'platform');
