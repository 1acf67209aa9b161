package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;

/**
 * The hub supervisor's edits to an operator's profile: licence and expiry, trained hubs, cleared partners, contracted
 * hours and whether they may supervise. Validated field by field (nothing changes on a bad field) and audited with
 * each field before and after. Shifts already rostered stay; the rules apply to every change from then on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OperatorProfileService {

    /** What the form sends, as text. */
    public record Form(String siaLicence, String siaExpires, String contractedHours, Set<String> trainedHubs,
            Set<String> clearedPartners, boolean canSupervise, String version) {
    }

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    HubDirectory hubs;

    @Inject
    AuditService audit;

    /** The partners the caller's hubs serve (id to name): those an operator can be cleared for. */
    public Map<String, String> clearablePartners() {
        Map<String, String> partners = new LinkedHashMap<>();
        for (HubRef hub : shiftService.myHubs()) {
            hubs.servedPartnerNames(hub).forEach((id, name) -> partners.putIfAbsent(id, name == null ? id : name));
        }
        return partners;
    }

    @Transactional
    public OperatorProfile update(long operatorId, Form form) {
        OperatorProfile operator = operatorService.lockedOperator(operatorId);
        FormErrors errors = new FormErrors();
        if (!form.version().equals(Integer.toString(operator.version))) {
            errors.add("siaLicence", "Someone else changed " + operator.fullName + "'s profile while you were editing: "
                    + "check it and save again");
        }
        String licence = form.siaLicence().replace(" ", "");
        if (!licence.matches("[0-9]{16}")) {
            errors.add("siaLicence", "Enter the SIA licence number as 16 digits, for example 1013 0000 1234 5678");
        }
        LocalDate expires = null;
        try {
            expires = LocalDate.parse(form.siaExpires().trim());
        } catch (DateTimeParseException e) {
            errors.add("siaExpires", "Enter the licence expiry as a date, for example 2027-03-31");
        }
        int hours = -1;
        try {
            hours = Integer.parseInt(form.contractedHours().trim());
        } catch (NumberFormatException e) {
            hours = -1;
        }
        if (hours < 0 || hours > 60) {
            errors.add("contractedHours", "Enter the contracted hours a week as a whole number from 0 to 60");
        }
        Set<Long> trained = new TreeSet<>();
        Set<Long> mine = new TreeSet<>(shiftService.myHubs().stream().map(h -> h.id()).toList());
        for (String hub : form.trainedHubs()) {
            try {
                trained.add(Long.parseLong(hub));
            } catch (NumberFormatException e) {
                errors.add("trainedHubs", "Choose hubs from the list");
            }
        }
        if (!mine.containsAll(trained)) {
            errors.add("trainedHubs", "Choose hubs from the list");
        }
        Set<String> cleared = new TreeSet<>(form.clearedPartners());
        if (!clearablePartners().keySet().containsAll(cleared)) {
            errors.add("clearedPartners", "Choose partners from the list");
        }
        errors.throwIfAny();
        Map<String, String> before = describe(operator);
        operator.siaLicence = licence;
        operator.siaExpires = expires;
        operator.contractedHours = hours;
        // Hubs of other operators cannot be seen here, so they are kept as they were.
        Set<Long> kept = new TreeSet<>(operator.trainedHubs);
        kept.removeAll(mine);
        kept.addAll(trained);
        operator.trainedHubs = kept;
        operator.clearedPartners = cleared;
        operator.canSupervise = form.canSupervise();
        audit.record("operator.updated", "OperatorProfile", operator.id.toString(), "Profile of "
                + operator.fullName + " changed", FieldChange.between(before, describe(operator)));
        return operator;
    }

    private Map<String, String> describe(OperatorProfile operator) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SIA licence", operator.siaLicence);
        fields.put("Licence expires", Formats.day(operator.siaExpires));
        fields.put("Contracted hours", Integer.toString(operator.contractedHours));
        fields.put("Trained hubs", operator.trainedHubs.toString());
        fields.put("Cleared partners", operator.clearedPartners.toString());
        fields.put("May supervise", operator.canSupervise ? "Yes" : "No");
        return fields;
    }

}
