package org.cctvportal.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cctvportal.partner.Partner;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The people list of the demo: the local realm's demo users (made by the realm import, not by an invitation) get the
 * portal's record, read from Keycloak through the same service account, so a newcomer finds the people pages
 * working. Idempotent: a person the portal already knows is left as they are.
 */
@ApplicationScoped
public class PeopleDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(PeopleDemo.class);

    @Inject
    KeycloakPeople keycloak;

    @Inject
    UnattendedWork unattended;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Set<String> after() {
        return Set.of("partner");
    }

    @Override
    public void seed() {
        List<KeycloakAdmin.User> users = null;
        for (int attempt = 1; users == null; attempt++) {
            try {
                users = keycloak.everyone();
            } catch (PeopleUnavailable e) {
                // Keycloak is up (the stack waits for it) but can be slow to answer its first admin call.
                if (attempt == 3) {
                    LOG.warnf("Demo people not seeded: %s", e.getMessage());
                    return;
                }
            }
        }
        int added = 0;
        for (KeycloakAdmin.User user : users) {
            String partner = user.attribute("partner");
            String partnership = user.attribute("partnership");
            if (partner != null && partnership != null && user.email() != null) {
                added += unattended.forPartner(partner, partnership, () -> ensure(user, partner)) ? 1 : 0;
            }
        }
        LOG.infof("Demo people are in place (%d added)", added);
    }

    private boolean ensure(KeycloakAdmin.User user, String partner) {
        // An account of a partner this database does not hold (a partnership opened on another database that used
        // the same realm) is not the demo's: it is left alone.
        boolean skip = QuarkusTransaction.requiringNew().call(() -> Person.byEmail(user.email()).isPresent()
                || Partner.findById(partner) == null);
        if (skip) {
            return false;
        }
        List<String> roles = keycloak.roles(user.id());
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = new Person();
            person.id = UUID.randomUUID();
            person.partnerId = partner;
            person.email = user.email();
            person.firstName = user.firstName() == null ? user.username() : user.firstName();
            person.lastName = user.lastName() == null ? "" : user.lastName();
            person.roles(roles);
            person.keycloakId = user.id();
            person.state = Boolean.FALSE.equals(user.enabled()) ? PersonState.DEACTIVATED : PersonState.ACTIVE;
            person.createdAt = clock.instant();
            person.updatedAt = person.createdAt;
            person.persist();
        });
        return true;
    }
}
