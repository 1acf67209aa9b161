package org.cctvportal.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One stored file of an item: the native-format master exhibit, a bit-for-bit working copy of it, or a named
 * derivative (redacted, converted). PENDING while its object streams in; STORED with size and SHA-256; DISPOSED once
 * the object is removed, keeping the record and hash.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {

    /** What the file is to the exhibit. */
    public enum Kind {
        MASTER("Master exhibit"), WORKING_COPY("Working copy"), DERIVATIVE("Derivative");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the file's object is. */
    public enum Status {
        PENDING, STORED, DISPOSED
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "item_id")
    public Long itemId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "derived_from")
    public UUID derivedFrom;

    public String label;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    public String format;

    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public String sha256;

    /** A derivative that hides third parties (blurred or filled boxes, muted audio): fit for a subject access disclosure. */
    public boolean redacted;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "stored_at")
    public Instant storedAt;

    public boolean isStored() {
        return status == Status.STORED;
    }

    public String name() {
        return label == null ? fileName : label + " (" + fileName + ")";
    }

    /** The item's files that are stored or disposed, in the order they arrived. */
    public static List<EvidenceFile> of(long itemId) {
        return list("itemId = ?1 and status <> ?2 order by createdAt, id", itemId, Status.PENDING);
    }
}
