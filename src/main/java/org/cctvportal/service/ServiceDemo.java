package org.cctvportal.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cctvportal.partner.PartnerDemo;
import org.cctvportal.partner.Partnerships;
import org.cctvportal.people.PersonForm;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.ServiceOperatorWork;
import org.jboss.logging.Logger;

/**
 * The demo's two partnerships, opened as a platform admin opens any: Thames Valley and Avon and Somerset, each with
 * its PCC office live from the partnerships' start, and its first partnership admin, whose account the local realm
 * already has (the invitation adopts it and sends nothing). Idempotent: an open partnership is left as it is.
 */
@ApplicationScoped
public class ServiceDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(ServiceDemo.class);

    /** A demo partnership: its fixed ids, what opening it asks, and its first admin (a realm user). */
    record Seed(String id, String officeId, String name, String region, String officeName, String firstName,
            String lastName, String email) {
    }

    static final List<Seed> PARTNERSHIPS = List.of(
            new Seed("thames-valley", "tv-opcc", "Thames Valley CCTV Partnership", "Thames Valley",
                    "Office of the Police and Crime Commissioner for Thames Valley", "Alex", "OPCC",
                    "opcc.admin@demo.cctv-portal.test"),
            new Seed("avon-somerset", "as-opcc", "Avon and Somerset CCTV Partnership", "Avon and Somerset",
                    "Office of the Police and Crime Commissioner for Avon and Somerset", "Alex", "As OPCC",
                    "as-opcc.admin@demo.cctv-portal.test"));

    @Inject
    ServiceOperatorWork work;

    @Inject
    ServiceConsole console;

    @Inject
    Partnerships partnerships;

    @Override
    public String name() {
        return "service";
    }

    @Override
    public Set<String> after() {
        return Set.of();
    }

    @Override
    public void seed() {
        Instant start = PartnerDemo.START.atStartOfDay(ZoneOffset.UTC).plusHours(9).toInstant();
        for (Seed seed : PARTNERSHIPS) {
            work.unattended(seed.officeId(), () -> {
                boolean open = QuarkusTransaction.requiringNew().call(() -> partnerships.all().stream()
                        .anyMatch(p -> p.id.equals(seed.id())));
                if (!open) {
                    PersonForm admin = new PersonForm();
                    admin.firstName = seed.firstName();
                    admin.lastName = seed.lastName();
                    admin.email = seed.email();
                    console.open(new OpenForm.Opening(seed.name(), seed.region(), seed.officeName(), admin),
                            seed.id(), seed.officeId(), start);
                }
                return null;
            });
        }
        LOG.info("Demo partnerships are open");
    }
}
