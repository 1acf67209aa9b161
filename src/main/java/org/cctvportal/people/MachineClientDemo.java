package org.cctvportal.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.cctvportal.partner.Partner;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The demo's machine clients: Oxford's control-room video management system and Cherwell's reporting tool in Thames
 * Valley, and Bristol's in Avon and Somerset, each a real Keycloak client. Their secrets are not kept: a demo user
 * gives one a new secret to try it. Idempotent by name; Keycloak away leaves them for the next start.
 */
@ApplicationScoped
public class MachineClientDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(MachineClientDemo.class);

    private record Demo(String partner, String partnership, String name, List<String> roles) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("tv-oxford-city", "thames-valley", "Oxford control room VMS", List.of(Roles.PARTNER_VIEWER)),
            new Demo("tv-cherwell", "thames-valley", "Cherwell reporting", List.of(Roles.PARTNER_VIEWER,
                    Roles.AUDITOR)),
            new Demo("as-bristol", "avon-somerset", "Bristol asset register", List.of(Roles.PARTNER_MANAGER)));

    @Inject
    MachineClientService clients;

    @Inject
    UnattendedWork unattended;

    @Override
    public String name() {
        return "machine-clients";
    }

    @Override
    public Set<String> after() {
        return Set.of("people");
    }

    @Override
    public void seed() {
        int added = 0;
        for (Demo demo : DEMOS) {
            try {
                added += unattended.forPartner(demo.partner(), demo.partnership(), () -> ensure(demo)) ? 1 : 0;
            } catch (PeopleUnavailable e) {
                LOG.warnf("Demo machine client %s not registered: %s", demo.name(), e.getMessage());
            }
        }
        LOG.infof("Demo machine clients are in place (%d added)", added);
    }

    private boolean ensure(Demo demo) {
        Partner partner = QuarkusTransaction.joiningExisting().call(() -> Partner.findById(demo.partner()));
        boolean present = partner == null || MachineClient.count("partnerId = ?1 and name = ?2", demo.partner(),
                demo.name()) > 0;
        if (present) {
            return false;
        }
        clients.register(partner, new MachineClientForm.Request(demo.name(), demo.roles()), "demo");
        return true;
    }
}
