package org.cctvportal.people;

import static org.cctvportal.platform.NativeRows.longValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/**
 * The people feature's counts for the service operator: how many people (not deactivated) each partnership has,
 * through the database's person_counts_per_partnership, which answers at service scope only. Never a person.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeopleFigures {

    @Inject
    EntityManager entityManager;

    public Map<String, Long> perPartnership() {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("select partnership_id, people"
                + " from person_counts_per_partnership()").getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], longValue(r[1]));
        }
        return counts;
    }
}
