package org.cctvportal.compliance;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.web.FormErrors;

/**
 * The partner manager's acceptance of a finding's risk for a bounded time, with a justification. When the date passes
 * the finding reopens ({@link FindingService#reopenExpired}).
 */
@ApplicationScoped
@Transactional
public class RiskAcceptanceService {

    /** The longest a risk may be accepted for before it must be looked at again. */
    static final int MAX_ACCEPTANCE_MONTHS = 12;
    static final int MAX_REASON = 2000;

    @Inject
    FindingService findings;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /**
     * The partner manager accepts a finding's risk until a date: with a justification, for at most
     * {@value #MAX_ACCEPTANCE_MONTHS} months, and only while the finding is open. Bad input changes nothing.
     */
    public Finding accept(long id, String reason, String until) {
        Finding finding = findings.finding(id);
        LocalDate today = findings.today();
        FormErrors errors = new FormErrors();
        if (!finding.canBeAccepted()) {
            errors.add("reason", "Only an open finding's risk can be accepted: this one is "
                    + finding.status.label().toLowerCase());
        }
        String justification = reason == null ? "" : reason.strip();
        if (justification.isEmpty()) {
            errors.add("reason", "Enter why the risk is accepted");
        } else if (justification.length() > MAX_REASON) {
            errors.add("reason", "The justification must be 2,000 characters or fewer");
        }
        LocalDate date = untilDate(until, today, errors);
        errors.throwIfAny();
        finding.status = Finding.Status.ACCEPTED;
        finding.acceptedBy = actor();
        finding.acceptedAt = clock.instant();
        finding.acceptanceReason = justification;
        finding.acceptedUntil = date;
        finding.updatedAt = clock.instant();
        audit.record("finding.risk-accepted", "finding", finding.id.toString(), "Accepted the risk of "
                + finding.rule.label().toLowerCase() + " on " + finding.assetLabel + " until "
                + date.format(LondonTimeFormats.DATE) + ": " + justification);
        return finding;
    }

    private static LocalDate untilDate(String until, LocalDate today, FormErrors errors) {
        if (until == null || until.isBlank() || until.replace("-", "").isBlank()) {
            errors.add("until", "Enter the date the acceptance ends");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(normalise(until.strip()));
        } catch (DateTimeParseException e) {
            errors.add("until", "The date the acceptance ends must be a real date");
            return null;
        }
        LocalDate latest = today.plusMonths(MAX_ACCEPTANCE_MONTHS);
        if (!date.isAfter(today)) {
            errors.add("until", "The date the acceptance ends must be in the future");
        } else if (date.isAfter(latest)) {
            errors.add("until", "A risk can be accepted for at most 12 months: end the acceptance on or before "
                    + latest.format(LondonTimeFormats.DATE));
        }
        return date;
    }

    /** 2027-3-9 as typed in three boxes becomes 2027-03-09. */
    private static String normalise(String value) {
        String[] parts = value.split("-");
        if (parts.length != 3) {
            return value;
        }
        return String.format("%s-%2s-%2s", parts[0].strip(), parts[1].strip(), parts[2].strip()).replace(' ', '0');
    }

    private String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
