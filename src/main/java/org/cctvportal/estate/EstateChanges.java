package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.audit.AuditEvent;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.web.FormErrors;

/**
 * What the site, recorder and camera services share about a change: the edit-conflict check, the field-by-field
 * audit, each record's history, and the {@link EstateChanged} event the rest of the portal reacts to.
 */
@ApplicationScoped
@Transactional
public class EstateChanges {

    static final String STALE = "Someone else changed this record while you were editing it. The form now shows"
            + " their version: make your change again.";

    @Inject
    AuditService audit;

    @Inject
    Event<EstateChanged> changes;

    @Inject
    EntityManager entityManager;

    /** The records' history pages on their pages: 20 events a page, newest first. */
    static final int HISTORY_PAGE = 20;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(String entityType, long id) {
        return audit.history(entityType, Long.toString(id));
    }

    /** A page of a record's history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditService.History history(String entityType, long id, int page, int size) {
        return audit.history(entityType, Long.toString(id), page, size);
    }

    /** The page of a record's history a record's page asks for ({@code ?history=2}), the last when past it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditService.History historyShown(String entityType, long id, String page) {
        AuditService.History first = history(entityType, id, 1, HISTORY_PAGE);
        int asked = Math.min(Math.max(1, org.cctvportal.platform.web.ApiPaging.lenient(page, 1)), first.lastPage());
        return asked == 1 ? first : history(entityType, id, asked, HISTORY_PAGE);
    }

    /** Tells the rest of the portal which assets changed, once they are written (still in this transaction). */
    void announce(EstateChanged change) {
        if (change.isEmpty()) {
            return;
        }
        entityManager.flush();
        changes.fire(change);
    }

    /** Audits the fields that differ between before and after, if any, touching the record first. */
    void changed(String type, Long id, String summary, Map<String, String> before, Map<String, String> after,
            Runnable touch) {
        List<FieldChange> changes = FieldChange.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        touch.run();
        String fields = String.join(", ", changes.stream().map(FieldChange::field).toList());
        audit.record(type + ".updated", type, id.toString(), summary + ": " + fields, changes);
    }

    static void checkVersion(Integer expected, int actual) {
        if (expected != null && expected != actual) {
            throw new StaleRecordException(new FormErrors().add("version", STALE));
        }
    }

    static <T> T found(T entity, String what) {
        if (entity == null) {
            throw new NotFoundException("No such " + what);
        }
        return entity;
    }
}
