package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Disclosure packages as the evidence staff read them: the form's choices (open subject access requests, the
 * partner's stored files), the partner's packages, one package with its files, and its object to download.
 */
@ApplicationScoped
public class PackageReads {

    static final int MAX_CHOICES = 500;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceStore store;

    @Inject
    SubjectAccessRequests requests;

    /** A stored file the caller's partner may put in a package, with its item. */
    public record FileChoice(UUID id, String item, String itemTitle, String name, String kind, boolean redacted,
            long sizeBytes) {
    }

    /** What the package form offers: the open subject access requests and the partner's stored files. */
    public record Choices(List<SubjectAccessRequests.OpenRequest> requests, List<FileChoice> files) {
    }

    public Choices choices() {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            mayRead(actor);
            // The vault's scope also reaches items shared with the caller: only the partner's own are its to send.
            List<Object[]> rows = EvidenceFile.getEntityManager().createQuery("select f, i from EvidenceFile f,"
                    + " EvidenceItem i where i.id = f.itemId and f.partnerId = ?1 and f.status = ?2"
                    + " order by i.incidentStart desc, i.id desc, f.createdAt, f.id", Object[].class)
                    .setParameter(1, actor.partnerId()).setParameter(2, EvidenceFile.Status.STORED)
                    .setMaxResults(MAX_CHOICES).getResultList();
            return new Choices(requests.open(), rows.stream().map(r -> {
                EvidenceFile f = (EvidenceFile) r[0];
                EvidenceItem i = (EvidenceItem) r[1];
                return new FileChoice(f.id, i.reference(), i.title, f.name(), f.kind.label().toLowerCase(), f.redacted,
                        f.sizeBytes);
            }).toList());
        });
    }

    /** The caller's partner's packages, newest first. */
    public List<DisclosurePackage> list() {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            mayRead(actor);
            return DisclosurePackage.newestFirst();
        });
    }

    /** One package of the caller's partner with its files; another partner's is not found. */
    public Detail find(UUID id) {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            mayRead(actor);
            DisclosurePackage p = id == null ? null : DisclosurePackage.findById(id);
            if (p == null) {
                throw new NotFoundException("No such disclosure package");
            }
            return new Detail(p, PackagedFile.of(p.id));
        });
    }

    /** A package and its files. */
    public record Detail(DisclosurePackage pkg, List<PackagedFile> files) {
    }

    /** The package's object, opened for download. */
    public InputStream open(DisclosurePackage p) {
        return store.open(p.objectKey);
    }

    static void mayRead(Actor actor) {
        if (!actor.handlesEvidence()) {
            throw new jakarta.ws.rs.ForbiddenException("Only the partner's evidence staff read disclosure packages");
        }
    }
}
