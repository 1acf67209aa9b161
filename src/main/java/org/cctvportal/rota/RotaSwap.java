package org.cctvportal.rota;

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
import org.hibernate.annotations.TenantId;

/**
 * A change to the rota asked for by an operator: one of their shifts offered to a colleague (anyone, or one named), or
 * an open position they would take. A hub supervisor approves or declines it; every rule is checked again then.
 */
@Entity
@Table(name = "rota_swap")
public class RotaSwap extends PanacheEntityBase {

    public enum Kind {
        /** The giver offers their place on the shift. */
        OFFER,
        /** The taker asks for an open position on the shift. */
        OPEN
    }

    public enum Status {
        OFFERED("Offered, waiting for a colleague"), PENDING("Waiting for a supervisor"), APPROVED("Approved"),
        DECLINED("Declined"), WITHDRAWN("Withdrawn");

        public final String label;

        Status(String label) {
            this.label = label;
        }

        public boolean live() {
            return this == OFFERED || this == PENDING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rota_swap_seq")
    @SequenceGenerator(name = "rota_swap_seq", sequenceName = "rota_swap_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "shift_id")
    public Long shiftId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "giver_id")
    public Long giverId;

    @Column(name = "taker_id")
    public Long takerId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String reason;

    @Version
    public int version;
}
