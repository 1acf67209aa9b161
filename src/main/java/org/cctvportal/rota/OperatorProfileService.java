package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.people.PersonDirectory;
import org.cctvportal.people.PersonRef;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.platform.web.Formats;

/**
 * Operator profiles as the operator's managers and hub supervisors keep them: made for a person of the operator
 * partner, edited (licence and expiry, trained hubs, cleared partners, contracted hours, whether they may supervise)
 * and ended. Validated field by field (nothing changes on a bad field) and audited with each field before and after.
 * Shifts already rostered stay; the rota shows those a change breaks, and the rules apply to every change from then on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OperatorProfileService {

    /** What the form sends, as text; {@code person} only when a profile is made. */
    public record Form(String person, String siaLicence, String siaExpires, String contractedHours,
            Set<String> trainedHubs, Set<String> clearedPartners, boolean canSupervise, String version) {
    }

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    HubDirectory hubs;

    @Inject
    PersonDirectory people;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** The caller's hubs; a partner that runs none keeps no operator profiles, so its routes are not found. */
    public List<HubRef> myHubs() {
        List<HubRef> mine = shiftService.myHubs();
        if (mine.isEmpty()) {
            throw new NotFoundException("No hubs");
        }
        return mine;
    }

    /** The partners the caller's hubs serve (id to name): those an operator can be cleared for. */
    public Map<String, String> clearablePartners() {
        Map<String, String> partners = new LinkedHashMap<>();
        for (HubRef hub : shiftService.myHubs()) {
            hubs.servedPartnerNames(hub).forEach((id, name) -> partners.putIfAbsent(id, name == null ? id : name));
        }
        return partners;
    }

    /** The partner's people who have no operator profile yet and whose account is not deactivated. */
    public List<PersonRef> peopleWithoutProfile() {
        Set<UUID> taken = new TreeSet<>(operatorService.operators().stream().map(o -> o.personId).toList());
        return people.ofMyPartner().stream().filter(p -> !taken.contains(p.id())).toList();
    }

    @Transactional
    public OperatorProfile create(Form form) {
        FormErrors errors = new FormErrors();
        PersonRef person = people.ofMyPartner(uuid(form.person())).filter(p -> peopleWithoutProfile().contains(p))
                .orElse(null);
        if (person == null) {
            errors.add("person", "Choose a person of your organisation who has no operator profile yet");
        }
        OperatorFields.Checked checked = check(form, errors);
        errors.throwIfAny();
        OperatorProfile profile = new OperatorProfile();
        profile.personId = person.id();
        apply(profile, checked);
        operatorService.addOperator(profile, person.name());
        audit.record("operator.created", "OperatorProfile", profile.id.toString(), "Profile of " + person.name()
                + " made", FieldChange.created(describe(profile)));
        return profile;
    }

    @Transactional
    public OperatorProfile update(long operatorId, Form form) {
        OperatorProfile operator = operatorService.lockedOperator(operatorId);
        FormErrors errors = new FormErrors();
        if (!form.version().equals(Integer.toString(operator.version))) {
            errors.add("siaLicence", "Someone else changed " + operator.fullName + "'s profile while you were editing: "
                    + "check it and save again");
        }
        OperatorFields.Checked checked = check(form, errors);
        errors.throwIfAny();
        Map<String, String> before = describe(operator);
        apply(operator, checked);
        audit.record("operator.updated", "OperatorProfile", operator.id.toString(), "Profile of "
                + operator.fullName + " changed", FieldChange.between(before, describe(operator)));
        return operator;
    }

    private OperatorFields.Checked check(Form form, FormErrors errors) {
        Set<Long> mine = new TreeSet<>(myHubs().stream().map(HubRef::id).toList());
        return OperatorFields.check(form, mine, clearablePartners().keySet(), errors);
    }

    private void apply(OperatorProfile operator, OperatorFields.Checked checked) {
        operator.siaLicence = checked.siaLicence();
        operator.siaExpires = checked.siaExpires();
        operator.contractedHours = checked.contractedHours();
        // Hubs of other operators cannot be seen here, so they are kept as they were.
        Set<Long> kept = new TreeSet<>(operator.trainedHubs);
        kept.removeAll(myHubs().stream().map(HubRef::id).toList());
        kept.addAll(checked.trainedHubs());
        operator.trainedHubs = kept;
        operator.clearFor(checked.clearedPartners(), LocalDate.now(clock.withZone(LondonTime.ZONE)));
        operator.canSupervise = checked.canSupervise();
    }

    private Map<String, String> describe(OperatorProfile operator) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SIA licence", operator.siaLicence);
        fields.put("Licence expires", Formats.day(operator.siaExpires));
        fields.put("Contracted hours", Integer.toString(operator.contractedHours));
        fields.put("Trained hubs", operator.trainedHubs.toString());
        fields.put("Cleared partners (since)", operator.clearances.toString());
        fields.put("May supervise", operator.canSupervise ? "Yes" : "No");
        return fields;
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
