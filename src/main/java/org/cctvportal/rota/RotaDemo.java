package org.cctvportal.rota;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.cctvportal.monitoring.Hub;
import org.cctvportal.platform.web.LondonTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Oxford Direct Services' control-room staff and next week's rota, seeded on the local stack only through the rota
 * service: fourteen operators (ods.operator and ods.supervisor among them, one licence expiring in three weeks, two
 * trained for one hub only), Oxford's earlies, lates and nights and Milton Keynes' earlies next week, filled by the
 * auto-fill with a few positions left open. Milton Keynes' evenings and nights stay on its staffing plan. Idempotent.
 */
@ApplicationScoped
public class RotaDemo {

    static final String PARTNERSHIP = "thames-valley";
    static final String OPERATOR = "tv-ods";
    static final List<String> NAMES = List.of("Aisha Khan", "Ben Walker", "Chloe Evans", "Daniel Okafor",
            "Emma Hughes", "Farhan Ali", "Grace Turner", "Harry Patel", "Isla Murphy", "Jack Robinson",
            "Katie Lewis", "Liam O'Connor");

    @ConfigProperty(name = "portal.demo-data.enabled")
    boolean enabled;

    @Inject
    org.cctvportal.platform.tenancy.TenantContext tenant;

    @Inject
    RotaService rota;

    @Inject
    Clock clock;

    @ActivateRequestContext
    void seed(@Observes @Priority(50) StartupEvent start) {
        if (!enabled) {
            return;
        }
        List<Hub> hubs = as(() -> OperatorProfile.count() > 0 ? List.<Hub>of() : rota.myHubs());
        if (hubs.size() < 2) {
            return;
        }
        Hub mk = hubs.stream().filter(h -> h.name.startsWith("Milton")).findFirst().orElse(hubs.get(0));
        Hub oxford = hubs.stream().filter(h -> h.name.startsWith("Oxford")).findFirst().orElse(hubs.get(1));
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        Set<Long> both = Set.of(mk.id, oxford.id);
        profile("ods.operator", "Sam Osei", today.plusYears(2), both);
        profile("ods.supervisor", "Rachel Green", today.plusYears(1), both);
        for (int i = 0; i < NAMES.size(); i++) {
            Set<Long> trained = i == 3 ? Set.of(mk.id) : i == 7 ? Set.of(oxford.id) : both;
            profile(null, NAMES.get(i), i == 0 ? today.plusWeeks(3) : today.plusMonths(6 + i * 2), trained);
        }
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        as(() -> {
            for (RotaService.Template template : RotaService.Template.values()) {
                rota.applyTemplate(oxford.id, template, monday, sunday, RotaShift.Role.OPERATOR, 2);
            }
            rota.applyTemplate(mk.id, RotaService.Template.EARLIES, monday, sunday, RotaShift.Role.OPERATOR, 2);
            return null;
        });
        var from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        var to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        as(() -> rota.autoFill(oxford.id, from, to) + rota.autoFill(mk.id, from, to));
        // Leave Wednesday's late and Saturday's night at Oxford a position short, for the supervisor to fill.
        as(() -> {
            for (RotaService.ShiftRow row : rota.shifts(oxford.id, from, to)) {
                boolean open = (row.shift().firstDay().equals(monday.plusDays(2))
                        && row.shift().startsAt.atZone(LondonTime.ZONE).getHour() == 15)
                        || (row.shift().firstDay().equals(monday.plusDays(5)) && row.shift().isNight());
                if (open && !row.operators().isEmpty()) {
                    rota.unassign(row.shift().id, row.operators().get(0).id);
                }
            }
            return null;
        });
    }

    private void profile(String username, String name, LocalDate expires, Set<Long> hubs) {
        as(() -> {
            OperatorProfile profile = new OperatorProfile();
            profile.username = username;
            profile.fullName = name;
            profile.siaLicence = String.format("%016d", 1013_0000_0000_0000L + Math.abs(name.hashCode() % 100_000_000));
            profile.siaExpires = expires;
            profile.contractedHours = username == null ? 40 : 37;
            profile.trainedHubs = new TreeSet<>(hubs);
            profile.clearedPartners = new TreeSet<>(Set.of("tv-oxford-city", "tv-milton-keynes", "tv-cherwell"));
            return rota.addOperator(profile);
        });
    }

    private <T> T as(Supplier<T> work) {
        return tenant.asPartner(OPERATOR, PARTNERSHIP, () -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
