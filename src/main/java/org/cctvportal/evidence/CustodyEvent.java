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
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One link of an item's custody chain: who did what to the evidence, when, and the hash of the link before. */
@Entity
@Table(name = "custody_event")
public class CustodyEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_event_seq")
    @SequenceGenerator(name = "custody_event_seq", sequenceName = "custody_event_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "item_id")
    public Long itemId;

    public int seq;

    public String action;

    public String actor;

    @Column(name = "actor_partner_id")
    public String actorPartnerId;

    @Column(name = "file_id")
    public UUID fileId;

    public String detail;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    /** The chain of one item, first link first. */
    public static List<CustodyEvent> chain(long itemId) {
        return list("itemId = ?1 order by seq", itemId);
    }
}
