-- The custody mismatch gauge (CustodyMismatchGauge) counts every partner's integrity alerts at platform scope, which
-- only unattended work reaches (never a request). Reading only: alerts are still raised by their own partner.
create policy evidence_integrity_alert_platform on evidence_integrity_alert for select
    using (app_scope() = 'platform');
