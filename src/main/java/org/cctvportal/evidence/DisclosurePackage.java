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
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/**
 * Files sent for one request as a single zip: the chosen files, a covering letter and a manifest of SHA-256 hashes,
 * stored as its own object with its own hash. Written once when sent; never changed.
 */
@Entity
@Table(name = "disclosure_package")
// The portal's role may update only the share columns: an update names just the columns that changed.
@DynamicUpdate
public class DisclosurePackage extends PanacheEntityBase {

    /** Whose request the package answers. */
    public enum RequestKind {
        SUBJECT_ACCESS("Subject access request"), INSURANCE("Insurance request"), POLICE("Police request");

        private final String label;

        RequestKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind")
    public RequestKind requestKind;

    @Column(name = "request_id")
    public Long requestId;

    @Column(name = "request_reference")
    public String requestReference;

    public String recipient;

    public String reason;

    @Column(name = "unredacted_reason")
    public String unredactedReason;

    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The SHA-256 of the secret in the package's share link; the secret itself is shown once and never kept. */
    @Column(name = "share_token_hash")
    public String shareTokenHash;

    @Column(name = "share_expires_at")
    public Instant shareExpiresAt;

    public String fileName() {
        return reference + ".zip";
    }

    public static List<DisclosurePackage> newestFirst() {
        return list("order by sentAt desc, reference desc");
    }
}
