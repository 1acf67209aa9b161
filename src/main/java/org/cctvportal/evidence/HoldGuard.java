package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.storage.ObjectLock;
import org.jboss.logging.Logger;

/**
 * Whether an item is on legal hold, asked of records nobody can quietly edit: the custody chain (the portal's
 * database role may append to it but never change or remove an event, and its latest HELD or RELEASED event says
 * whether the item is held) and, where the server supports object lock, the object's own legal hold. The item row's
 * {@code legal_hold} flag and the file rows are editable by the portal's role, so they alone never decide that an
 * object may go: the stray sweep and disposal keep anything either record says is held.
 */
@ApplicationScoped
class HoldGuard {

    private static final Logger LOG = Logger.getLogger(HoldGuard.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectLock objectLock;

    /** Of the given items, those whose custody chain ends on hold; in the caller's transaction and tenant. */
    Set<Long> heldByCustody(Collection<Long> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        List<?> rows = entityManager.createNativeQuery("select distinct on (item_id) item_id, action"
                + " from custody_event where item_id in (?1) and action in ('HELD', 'RELEASED')"
                + " order by item_id, seq desc").setParameter(1, items).getResultList();
        Set<Long> held = new HashSet<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if ("HELD".equals(r[1])) {
                held.add(((Number) r[0]).longValue());
            }
        }
        return held;
    }

    boolean heldByCustody(long item) {
        return !heldByCustody(List.of(item)).isEmpty();
    }

    /**
     * The object's legal hold in object storage; an object whose hold cannot be read counts as held, and so does every
     * object while the portal does not yet know whether the server has object lock.
     */
    boolean heldInStorage(String key) {
        if (objectLock.mode() == ObjectLock.Mode.UNKNOWN) {
            LOG.warnf("Whether object storage has object lock is not known yet, so %s is kept", key);
            return true;
        }
        try {
            return objectLock.held(key).orElse(false);
        } catch (Exception e) {
            if (EvidenceStore.missing(e)) {
                return false;
            }
            LOG.warnf("Could not read the legal hold of %s, so it is kept: %s", key, e.getMessage());
            return true;
        }
    }

    /** The item id in a key made by {@link EvidenceUploads#objectPrefix}, or null for a key the portal never made. */
    static Long itemOf(String key) {
        String[] parts = key.split("/");
        if (parts.length != 4) {
            return null;
        }
        try {
            return Long.valueOf(parts[2]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
