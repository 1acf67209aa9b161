package org.cctvportal.notify;

import jakarta.persistence.EntityManager;
import java.util.List;

/** A partner's name from the tenancy directory, which any feature may read for a name. */
final class Partners {

    private Partners() {
    }

    static String name(EntityManager entityManager, String partnerId) {
        List<?> names = entityManager.createNativeQuery("select name from partner where id = ?1")
                .setParameter(1, partnerId).getResultList();
        return names.isEmpty() ? "A partner" : names.get(0).toString();
    }
}
