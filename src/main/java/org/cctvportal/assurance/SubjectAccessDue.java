package org.cctvportal.assurance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * What assurance publishes about subject access requests coming due (notifications' daily scan): the caller's
 * partner's open requests whose deadline is on or before a day, by reference only: never the requester.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubjectAccessDue {

    public record DueRequest(long id, String reference, LocalDate deadline) {
    }

    public List<DueRequest> dueBy(LocalDate day) {
        return SubjectAccessRequest.<SubjectAccessRequest>list("status = ?1 and coalesce(extendedTo, dueOn) <= ?2"
                + " order by coalesce(extendedTo, dueOn), id", SubjectAccessRequest.Status.OPEN, day).stream()
                .map(r -> new DueRequest(r.id, r.reference, r.deadline())).toList();
    }
}
