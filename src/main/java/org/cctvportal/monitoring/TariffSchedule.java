package org.cctvportal.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The partnership's tariffs read once, answering which one was in force for a kind of customer on a local day. */
public record TariffSchedule(List<Tariff> tariffs) {

    public TariffSchedule {
        tariffs = tariffs.stream().sorted(Comparator.comparing((Tariff t) -> t.effectiveFrom).reversed()).toList();
    }

    public static TariffSchedule read() {
        return new TariffSchedule(Tariff.schedule());
    }

    /** The latest tariff of the kind starting on or before the day. */
    public Optional<Tariff> inForce(CustomerKind kind, LocalDate day) {
        return tariffs.stream().filter(t -> t.customerKind == kind && !t.effectiveFrom.isAfter(day)).findFirst();
    }
}
