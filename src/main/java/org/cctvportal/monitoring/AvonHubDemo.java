package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;

/**
 * Avon and Somerset's monitoring hub: its control-room operator opens the Bristol hub through the portal's own
 * services (the hub, its staffing plan), proposes Bristol City Council, and the PCC office agrees. So the second
 * partnership has hub staff too, and its hub, rota and wall screens are there for Thames Valley never to see.
 * Idempotent.
 */
@ApplicationScoped
public class AvonHubDemo implements DemoSeed {

    static final String PARTNERSHIP = "avon-somerset";
    /** Avon and Somerset's hub operator (the partner demo admits it). */
    public static final String OPERATOR = "as-control";
    static final String BRISTOL = "as-bristol";
    public static final String HUB = "Bristol hub";

    @Inject
    UnattendedWork unattended;

    @Inject
    HubAdministration administration;

    @Inject
    StaffingPlans plans;

    @Inject
    HubServing serving;

    @Inject
    java.time.Clock clock;

    @Override
    public String name() {
        return "avon-hub";
    }

    @Override
    public Set<String> after() {
        return Set.of("partner");
    }

    @Override
    public void seed() {
        LocalDate opened = clock.instant().atZone(org.cctvportal.platform.web.LondonTime.ZONE).toLocalDate()
                .withDayOfMonth(1).minusMonths(2);
        Long hub = as(OPERATOR, () -> {
            if (Hub.byName().stream().anyMatch(h -> h.name.equals(HUB))) {
                return null;
            }
            Hub bristol = administration.open(new HubForm.Command(HUB,
                    "Bristol City Hall, College Green, Bristol BS1 5TR", 3, 8, null, null,
                    "Around the clock", opened));
            int[] days = new int[7];
            int[] nights = new int[7];
            Arrays.fill(days, 2);
            Arrays.fill(nights, 1);
            plans.change(bristol.id, new StaffingPlanForm.Command(opened, days, nights, false, ""));
            serving.propose(bristol.id, BRISTOL);
            return bristol.id;
        });
        if (hub != null) {
            as("as-opcc", () -> {
                serving.agree(hub, BRISTOL);
                return null;
            });
        }
    }

    private <T> T as(String partner, Supplier<T> work) {
        return unattended.forPartner(partner, PARTNERSHIP, work);
    }
}
