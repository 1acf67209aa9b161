package org.cctvportal.rota;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestForm;

/** An operator's profile as the supervisor posts it; the ticked hubs and partners come as repeated fields. */
public record OperatorForm(@RestForm String person, @RestForm String siaLicence, @RestForm String siaExpires, @RestForm String contractedHours,
        @RestForm List<String> trainedHubs, @RestForm List<String> clearedPartners, @RestForm String canSupervise,
        @RestForm String version) {

    /** The fields as {@link OperatorProfileService} checks them: text trimmed, the ticked boxes as a sorted set. */
    OperatorProfileService.Form fields() {
        return new OperatorProfileService.Form(RotaInputs.value(person), RotaInputs.value(siaLicence), RotaInputs.value(siaExpires),
                RotaInputs.value(contractedHours), ticked(trainedHubs), ticked(clearedPartners),
                "yes".equals(RotaInputs.value(canSupervise)), RotaInputs.value(version));
    }

    private static Set<String> ticked(List<String> values) {
        return values == null ? Set.of() : new TreeSet<>(values.stream().filter(v -> !v.isBlank()).toList());
    }
}
