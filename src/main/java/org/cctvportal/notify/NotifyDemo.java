package org.cctvportal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.cctvportal.people.PersonDirectory;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;

/**
 * The demo's notifications come from its own events (bookings requested and decided, the ratified specification,
 * switch-off notices), written as the other seeds run; this seed adds a choice, so the choices page shows one made:
 * Milton Keynes' manager takes booking decisions in the daily digest. Running it again changes nothing.
 */
@ApplicationScoped
public class NotifyDemo implements DemoSeed {

    static final String PARTNER = "tv-milton-keynes";
    static final String MANAGER = "mk.manager@demo.cctv-portal.test";

    @Inject
    UnattendedWork unattended;

    @Inject
    PersonDirectory people;

    @Override
    public String name() {
        return "notify";
    }

    @Override
    public Set<String> after() {
        return Set.of("people", "monitoring", "specification", "assurance");
    }

    @Override
    public void seed() {
        unattended.forPartner(PARTNER, "thames-valley", () -> {
            people.ofMyPartner().stream().filter(p -> p.email().equalsIgnoreCase(MANAGER)).findFirst()
                    .ifPresent(manager -> {
                        NotificationPreference.Key key = new NotificationPreference.Key(manager.id(),
                                NotificationKind.BOOKING_DECIDED.name());
                        if (NotificationPreference.findById(key) == null) {
                            NotificationPreference choice = new NotificationPreference();
                            choice.key = key;
                            choice.choice = Delivery.DIGEST;
                            choice.persist();
                        }
                    });
            return null;
        });
    }
}
