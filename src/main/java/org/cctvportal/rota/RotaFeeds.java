package org.cctvportal.rota;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.security.SecretTokens;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.SecretLink;
import org.cctvportal.platform.tenancy.SecretLinkWork;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * Each operator's shifts as an iCalendar feed that calendar apps subscribe to without a login. The feed's address
 * carries a random secret; the portal keeps only its SHA-256, so the address cannot be read back, only revoked and
 * issued again. Events are in Europe/London with a UID per shift and operator, stable across refreshes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RotaFeeds {

    static final Duration PAST = Duration.ofDays(28);
    static final Duration AHEAD = Duration.ofDays(91);

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    AuditService audit;

    @Inject
    SecretLinkWork secretLinks;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** A new secret for the operator's feed (any earlier one stops working); answered once, never stored. */
    @Transactional
    public String issue(OperatorProfile me) {
        String secret = SecretTokens.newSecret();
        OperatorProfile profile = operatorService.lockedOperator(me.id);
        if (!profile.active) {
            throw new InvalidInputException(new FormErrors().add("feed", "Your operator profile is inactive, so it"
                    + " has no calendar feed. Ask your hub supervisor."));
        }
        boolean again = profile.feedTokenHash != null;
        profile.feedTokenHash = hash(secret);
        audit.record(again ? "rota.feed-reissued" : "rota.feed-issued", "OperatorProfile", profile.id.toString(),
                "Calendar feed address " + (again ? "issued again (the old one no longer works)" : "issued")
                        + " for " + profile.fullName);
        return secret;
    }

    @Transactional
    public void revoke(OperatorProfile me) {
        revoke(operatorService.lockedOperator(me.id), "Calendar feed address revoked for ");
    }

    /** A hub supervisor ends an operator's feed (a lost phone, someone leaving); audited as theirs. */
    @Transactional
    public void revokeBySupervisor(long operatorId) {
        revoke(operatorService.lockedOperator(operatorId), "Calendar feed address revoked by a supervisor for ");
    }

    /** Makes the profile active or inactive; an inactive profile's feed is revoked with it. */
    @Transactional
    public OperatorProfile setActive(long operatorId, boolean active) {
        OperatorProfile profile = operatorService.lockedOperator(operatorId);
        if (profile.active != active) {
            profile.active = active;
            audit.record(active ? "operator.reactivated" : "operator.deactivated", "OperatorProfile",
                    profile.id.toString(), "Profile of " + profile.fullName + (active ? " made active again"
                            : " made inactive"), List.of(new FieldChange(
                                    "Active", active ? "No" : "Yes", active ? "Yes" : "No")));
        }
        if (!active) {
            revoke(profile, "Calendar feed address revoked (profile made inactive) for ");
        }
        return profile;
    }

    private void revoke(OperatorProfile profile, String what) {
        if (profile.feedTokenHash != null) {
            profile.feedTokenHash = null;
            audit.record("rota.feed-revoked", "OperatorProfile", profile.id.toString(), what + profile.fullName);
        }
    }

    /** The feed the secret opens, or empty when no live feed has it. */
    public Optional<String> feed(String secret) {
        if (!SecretTokens.wellFormed(secret)) {
            return Optional.empty();
        }
        Optional<String[]> owner = owner(hash(secret));
        // The secret names the partner: the rota is then read as that partner, under its row-level security.
        // An inactive operator's feed is not found, whatever the row's hash says.
        return owner.map(o -> secretLinks.forOwner(SecretLink.CALENDAR_FEED, o[1], o[2], () -> operatorService.operator(Long.parseLong(o[0]))
                .active ? calendar(Long.parseLong(o[0])).toString() : null));
    }

    Calendar calendar(long operatorId) {
        OperatorProfile operator = operatorService.operator(operatorId);
        Map<Long, HubRef> hubs = new java.util.HashMap<>();
        shiftService.myHubs().forEach(h -> hubs.put(h.id(), h));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CCTV Partnership Portal//Rota//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(LondonTime.ZONE.getId())
                .getVTimeZone());
        Instant now = clock.instant();
        for (RotaShift shift : shiftService.shiftsOf(operatorId, now.minus(PAST), now.plus(AHEAD))) {
            HubRef hub = hubs.get(shift.hubId);
            String where = hub == null ? "Hub" : hub.name();
            VEvent event = new VEvent(shift.startsAt.atZone(LondonTime.ZONE), shift.endsAt.atZone(LondonTime.ZONE),
                    shift.role.label() + " shift, " + where);
            event.add(new Uid("rota-shift-" + shift.id + "-operator-" + operatorId + "@cctv-portal"));
            if (hub != null) {
                event.add(new Location(hub.name() + ", " + hub.address()));
            }
            event.add(new Description(operator.fullName + ": " + shift.role.label().toLowerCase() + " shift "
                    + shift.label() + " (UK time)"));
            calendar.add(event);
        }
        return calendar;
    }

    private Optional<String[]> owner(String hash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sql = connection.prepareStatement(
                        "select operator_id, partner_id, partnership_id from rota_feed_owner(?)")) {
            sql.setString(1, hash);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? Optional.of(new String[] { Long.toString(rows.getLong(1)), rows.getString(2),
                        rows.getString(3) }) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up a calendar feed", e);
        }
    }

    static String hash(String secret) {
        return SecretTokens.hash(secret);
    }
}
