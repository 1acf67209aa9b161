package org.cctvportal.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** An evidence item: footage of one incident, owned by the partner whose cameras recorded it (the data controller). */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends PanacheEntityBase {

    /** Why the footage was kept. */
    public enum Category {
        INCIDENT("Incident"), POLICE_REQUEST("Police request"), SUBJECT_ACCESS_REQUEST("Subject access request"),
        INSURANCE("Insurance request"), OTHER("Other");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Open while the footage is held; disposed once the objects are removed (the record and hashes stay). */
    public enum Status {
        OPEN, DISPOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_item_seq")
    @SequenceGenerator(name = "evidence_item_seq", sequenceName = "evidence_item_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String title;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "incident_start")
    public Instant incidentStart;

    @Column(name = "incident_end")
    public Instant incidentEnd;

    @Column(name = "police_reference")
    public String policeReference;

    public String description;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "retain_until")
    public LocalDate retainUntil;

    public boolean evidential;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "legal_hold")
    public boolean legalHold;

    @Column(name = "hold_reason")
    public String holdReason;

    /** Who asked for the legal hold to be released, while the release waits for its confirmation. */
    @Column(name = "release_requested_by")
    public String releaseRequestedBy;

    @Column(name = "release_requested_at")
    public Instant releaseRequestedAt;

    @Column(name = "release_reason")
    public String releaseReason;

    @Column(name = "captured_by")
    public String capturedBy;

    @Column(name = "captured_by_partner_id")
    public String capturedByPartnerId;

    /** When the owning partner ended the capturing operator's access (null while they still reach the item). */
    @Column(name = "capture_ended_at")
    public Instant captureEndedAt;

    @Column(name = "capture_ended_by")
    public String captureEndedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "disposed_at")
    public Instant disposedAt;

    @Column(name = "disposed_by")
    public String disposedBy;

    @Column(name = "disposal_reason")
    public String disposalReason;

    @Version
    public int version;

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean releasePending() {
        return releaseRequestedAt != null;
    }

    public String reference() {
        return "EV-" + id;
    }
}
