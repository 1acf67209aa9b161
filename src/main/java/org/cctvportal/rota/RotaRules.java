package org.cctvportal.rota;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules every assignment keeps, as pure logic over an operator's other shifts: a supervisor position only for an
 * operator allowed to supervise, trained for the hub, cleared for every partner whose approved booking is watched at
 * the hub during the shift, a valid SIA licence on every day of the shift, no overlapping shifts, enough rest between
 * shifts, and no more than the configured hours in any 7 days. The first rule broken is answered as a message naming
 * the rule and the shift.
 */
public final class RotaRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final Duration WEEK = Duration.ofDays(7);

    private final int maxHoursPer7Days;
    private final int minRestHours;

    public RotaRules(int maxHoursPer7Days, int minRestHours) {
        this.maxHoursPer7Days = maxHoursPer7Days;
        this.minRestHours = minRestHours;
    }

    public RotaRules(RotaConfig config) {
        this(config.maxHoursPer7Days(), config.minRestHours());
    }

    /**
     * The first rule {@code operator} would break on {@code shift}, given the other shifts they are on and the
     * partners (id to name) whose approved bookings are watched at the hub during the shift.
     */
    public Optional<String> broken(OperatorProfile operator, RotaShift shift, List<RotaShift> theirShifts,
            Map<String, String> watched) {
        Optional<String> profile = brokenByProfile(operator, shift, watched);
        if (profile.isPresent()) {
            return profile;
        }
        String who = operator.fullName;
        Duration rest = Duration.ofHours(minRestHours);
        for (RotaShift other : theirShifts) {
            if (other.id != null && other.id.equals(shift.id)) {
                continue;
            }
            if (other.overlaps(shift.startsAt, shift.endsAt)) {
                return Optional.of("No overlapping shifts: " + who + " is already on the shift " + other.label()
                        + ", which overlaps the shift " + shift.label());
            }
            if (other.overlaps(shift.startsAt.minus(rest), shift.endsAt.plus(rest))) {
                return Optional.of(minRestHours + " hours' rest between shifts: " + who + " would have less than "
                        + minRestHours + " hours between the shifts " + (other.startsAt.isBefore(shift.startsAt)
                                ? other.label() + " and " + shift.label() : shift.label() + " and " + other.label()));
            }
        }
        long most = mostMinutesInAWeek(shift, theirShifts);
        if (most > maxHoursPer7Days * 60L) {
            return Optional.of("At most " + maxHoursPer7Days + " hours in any 7 days: with the shift " + shift.label()
                    + ", " + who + " would work " + hours(most) + " hours in 7 days");
        }
        return Optional.empty();
    }

    /** The most minutes worked in any 7-day window that overlaps {@code shift}, counting it. */
    static long mostMinutesInAWeek(RotaShift shift, List<RotaShift> theirShifts) {
        List<RotaShift> all = new ArrayList<>();
        all.add(shift);
        for (RotaShift other : theirShifts) {
            if ((other.id == null || !other.id.equals(shift.id))
                    && other.overlaps(shift.startsAt.minus(WEEK), shift.endsAt.plus(WEEK))) {
                all.add(other);
            }
        }
        // The worked time in a sliding window is largest when the window starts at a shift's start or ends at a
        // shift's end, so those windows are the only ones to measure.
        List<Instant> starts = new ArrayList<>();
        for (RotaShift s : all) {
            starts.add(s.startsAt);
            starts.add(s.endsAt.minus(WEEK));
        }
        long most = 0;
        for (Instant from : starts) {
            Instant to = from.plus(WEEK);
            if (!shift.overlaps(from, to)) {
                continue;
            }
            long minutes = 0;
            for (RotaShift s : all) {
                Instant a = s.startsAt.isAfter(from) ? s.startsAt : from;
                Instant b = s.endsAt.isBefore(to) ? s.endsAt : to;
                if (b.isAfter(a)) {
                    minutes += Duration.between(a, b).toMinutes();
                }
            }
            most = Math.max(most, minutes);
        }
        return most;
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format(Locale.UK, "%.1f", minutes / 60.0);
    }


    /**
     * The first rule of the operator's profile (active, may supervise, trained, cleared, licensed) that keeps them
     * off {@code shift}: what an ended profile, an expired licence or a removed clearance breaks on shifts already
     * rostered, named as the rota's drop-downs name it.
     */
    public static Optional<String> brokenByProfile(OperatorProfile operator, RotaShift shift,
            Map<String, String> watched) {
        String who = operator.fullName;
        if (!operator.active) {
            return Optional.of("Active: " + who + "'s profile is inactive, so cannot work the shift " + shift.label());
        }
        if (shift.role == RotaShift.Role.SUPERVISOR && !operator.canSupervise) {
            return Optional.of("Supervisor role: " + who + "'s profile does not allow supervising, so cannot take a "
                    + "supervisor position on the shift " + shift.label());
        }
        if (!operator.trainedHubs.contains(shift.hubId)) {
            return Optional.of("Trained for the hub: " + who + " is not trained for this hub, so cannot work the shift "
                    + shift.label());
        }
        for (Map.Entry<String, String> partner : watched.entrySet()) {
            if (!operator.clearedFor(partner.getKey())) {
                return Optional.of("Cleared for the partners watched: " + who + " is not cleared to watch the cameras "
                        + "of " + partner.getValue() + ", whose approved booking is monitored at the hub during the "
                        + "shift " + shift.label());
            }
        }
        if (!operator.licensedThrough(shift.lastDay())) {
            return Optional.of("Valid SIA licence: " + who + "'s licence expires on "
                    + DATE.format(operator.siaExpires) + ", before the last day of the shift " + shift.label());
        }
        return Optional.empty();
    }
}
