package org.cctvportal.assurance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cctvportal.evidence.SubjectAccessRequests;

/**
 * The subject access requests as the evidence vault's disclosure packages see them: the open ones to choose from, and
 * the clock stopped when a package answering one is sent (in the sender's transaction, whose audit event, written by
 * the vault, names the request).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectAccessAnswers implements SubjectAccessRequests {

    @Inject
    DisclosureService disclosures;

    @Override
    public List<OpenRequest> open() {
        return SubjectAccessRequest.<SubjectAccessRequest>list("status", SubjectAccessRequest.Status.OPEN).stream()
                .map(SubjectAccessAnswers::open).sorted(Comparator.comparing(OpenRequest::deadline)
                        .thenComparing(OpenRequest::reference)).toList();
    }

    @Override
    public Optional<OpenRequest> openRequest(long id) {
        SubjectAccessRequest sar = SubjectAccessRequest.findById(id);
        return sar == null || !sar.open() ? Optional.empty() : Optional.of(open(sar));
    }

    @Override
    public void answeredBy(long id, String packageReference) {
        SubjectAccessRequest sar = SubjectAccessRequest.findById(id);
        if (sar == null || !sar.open()) {
            throw new IllegalStateException("subject access request " + id + " is not open");
        }
        sar.status = SubjectAccessRequest.Status.RESPONDED;
        sar.closedOn = disclosures.today();
    }

    private static OpenRequest open(SubjectAccessRequest sar) {
        return new OpenRequest(sar.id, sar.reference, sar.requester, sar.deadline());
    }
}
