package org.cctvportal.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** An item shared with a police partner until it expires or is revoked; the database admits the recipient only then. */
@Entity
@Table(name = "evidence_share")
public class EvidenceShare extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_share_seq")
    @SequenceGenerator(name = "evidence_share_seq", sequenceName = "evidence_share_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "recipient_partner_id")
    public String recipientPartnerId;

    public String reason;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "shared_by")
    public String sharedBy;

    @Column(name = "shared_at")
    public Instant sharedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    public boolean isLive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public static List<EvidenceShare> of(long itemId) {
        return list("itemId = ?1 order by sharedAt desc, id desc", itemId);
    }
}
