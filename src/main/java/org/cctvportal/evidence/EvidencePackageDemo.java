package org.cctvportal.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.FormErrors;
import org.jboss.logging.Logger;

/**
 * Oxford's demo disclosure: a redacted derivative of the Westgate car park clip, uploaded as made in another tool
 * and declared redacted, sent in a subject access package for request SAR-2026-041, which stops that request's clock.
 * Runs after the evidence and the assurance demos (the request is theirs). Idempotent: skipped once Oxford has a
 * package.
 */
@ApplicationScoped
public class EvidencePackageDemo implements DemoSeed {

    static final String REQUEST = "SAR-2026-041";
    private static final Logger LOG = Logger.getLogger(EvidencePackageDemo.class);

    @Inject
    UnattendedWork unattended;

    @Inject
    DisclosurePackages packages;

    @Inject
    SubjectAccessRequests requests;

    @Inject
    EvidenceStore store;

    @Inject
    Custody custody;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "evidence-packages";
    }

    @Override
    public Set<String> after() {
        return Set.of("evidence", "assurance");
    }

    @Override
    public void seed() {
        try {
            unattended.forPartner(EvidenceDemo.OXFORD, EvidenceDemo.PARTNERSHIP, () -> {
                if (QuarkusTransaction.requiringNew().call(() -> PackageRequest.count() + DisclosurePackage.count()) == 0) {
                    oxford();
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Demo disclosure package not seeded");
        }
    }

    private void oxford() {
        Actor officer = new Actor("oxford.evidence", EvidenceDemo.OXFORD, EvidenceDemo.PARTNERSHIP,
                Set.of(Actor.EVIDENCE_OFFICER));
        EvidenceFile master = QuarkusTransaction.requiringNew().call(() -> EvidenceFile.<EvidenceFile>find(
                "kind = ?1 and itemId in (select i.id from EvidenceItem i where i.category = ?2) order by createdAt",
                EvidenceFile.Kind.MASTER, EvidenceItem.Category.SUBJECT_ACCESS_REQUEST).firstResult());
        Long sar = QuarkusTransaction.requiringNew().call(() -> requests.open().stream()
                .filter(r -> r.reference().equals(REQUEST)).map(SubjectAccessRequests.OpenRequest::id).findFirst()
                .orElse(null));
        if (master == null || sar == null) {
            LOG.infof("No demo disclosure package: the Westgate clip or %s is missing", REQUEST);
            return;
        }
        EvidenceFile redacted = redacted(officer, master);
        // Made by the job runner as a person's request is: the demo shows the finished job as well as the package.
        packages.start(packages.request(officer, null, new PackageForm.Command(DisclosurePackage.RequestKind.SUBJECT_ACCESS, sar, "", "",
                List.of(redacted.id), "Article 15 UK GDPR: the requester's own images at Westgate car park, level 2",
                null, "The footage runs from 14:30 to 14:50; other people and vehicle number plates are blurred."),
                new FormErrors(), EvidencePackageDemo::inNewTransaction));
    }

    private static <T> T inNewTransaction(java.util.function.Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }

    /** A redacted derivative of the master, as if uploaded from the redaction tool the council used. */
    private EvidenceFile redacted(Actor officer, EvidenceFile master) {
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.partnerId = officer.partnerId();
        file.itemId = master.itemId;
        file.kind = EvidenceFile.Kind.DERIVATIVE;
        file.derivedFrom = master.id;
        file.label = "Third parties blurred";
        file.redacted = true;
        file.fileName = "westgate-L2-redacted.ts";
        file.mediaType = master.mediaType;
        file.format = master.format;
        file.objectKey = EvidenceUploads.objectPrefix(officer.partnershipId(), EvidenceItem.findById(master.itemId))
                + file.id;
        file.status = EvidenceFile.Status.PENDING;
        file.uploadedBy = officer.username();
        file.createdAt = clock.instant();
        QuarkusTransaction.requiringNew().run(file::persist);
        UploadLimits counted = new UploadLimits(new ByteArrayInputStream(EvidenceDemoClips.transportStream(
                "westgate-redacted", 300)), Long.MAX_VALUE);
        String sha256;
        try {
            sha256 = store.put(file.objectKey, counted, file.mediaType, file.fileName);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            EvidenceFile stored = EvidenceFile.findById(file.id);
            stored.sizeBytes = counted.count();
            stored.sha256 = sha256;
            stored.status = EvidenceFile.Status.STORED;
            stored.storedAt = clock.instant();
            custody.record(EvidenceItem.findById(stored.itemId), Custody.Action.UPLOADED, officer, stored.id,
                    "Stored the redacted derivative \"" + stored.label + "\" (" + stored.fileName + "), declared"
                            + " redacted by " + officer.username() + ", " + stored.sizeBytes + " bytes, SHA-256 "
                            + stored.sha256);
            return stored;
        });
    }
}
