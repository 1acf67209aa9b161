package org.cctvportal.notify;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A partner of the caller's partnership named, through {@code notify_partner_name} (owner's rights): at partner scope
 * the caller's row-level security shows only its own partner's row.
 */
final class Partners {

    private Partners() {
    }

    static String name(EntityManager entityManager, String partnerId) {
        List<?> names = entityManager.createNativeQuery("select notify_partner_name(?1)")
                .setParameter(1, partnerId).getResultList();
        return names.isEmpty() || names.get(0) == null ? "A partner" : names.get(0).toString();
    }
}
