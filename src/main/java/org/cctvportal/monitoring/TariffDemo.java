package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;

/**
 * Thames Valley's tariffs, set by its operator: council, business and police rates in pence per camera-hour from the
 * partnership's start (1 April 2024), and a rise on the 15th of last month, so last month's statements price their
 * hours at both. Seeded on the local stack only; idempotent (a partnership with tariffs keeps them).
 */
@ApplicationScoped
public class TariffDemo implements DemoSeed {

    @Inject
    UnattendedWork unattended;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "tariffs";
    }

    @Override
    public Set<String> after() {
        return Set.of("monitoring");
    }

    @Override
    public void seed() {
        unattended.forPartner(MonitoringDemo.OPERATOR, MonitoringDemo.PARTNERSHIP, () -> {
            if (Tariff.count() > 0) {
                return null;
            }
            LocalDate began = LocalDate.of(2024, 4, 1);
            LocalDate rise = clock.instant().atZone(LondonTime.ZONE).toLocalDate().minusMonths(1).withDayOfMonth(15);
            tariff(CustomerKind.COUNCIL, began, 165, 185, 210);
            tariff(CustomerKind.COUNCIL, rise, 175, 195, 225);
            tariff(CustomerKind.BUSINESS, began, 300, 340, 380);
            tariff(CustomerKind.BUSINESS, rise, 320, 360, 400);
            tariff(CustomerKind.POLICE, began, 150, 170, 195);
            tariff(CustomerKind.POLICE, rise, 160, 180, 205);
            // Next April's business rates, announced and not started: the one tariff the operator may still withdraw.
            LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
            LocalDate april = today.plusYears(today.getMonthValue() >= 4 ? 1 : 0).withMonth(4).withDayOfMonth(1);
            tariff(CustomerKind.BUSINESS, april, 335, 375, 420);
            return null;
        });
    }

    private void tariff(CustomerKind kind, LocalDate from, int day, int night, int weekend) {
        Tariff tariff = new Tariff();
        tariff.partnershipId = MonitoringDemo.PARTNERSHIP;
        tariff.customerKind = kind;
        tariff.basis = Tariff.Basis.CAMERA_HOUR;
        tariff.dayPence = day;
        tariff.nightPence = night;
        tariff.weekendPence = weekend;
        tariff.effectiveFrom = from;
        tariff.setBy = "demo";
        tariff.setAt = clock.instant();
        tariff.persist();
    }
}
