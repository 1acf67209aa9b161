package org.cctvportal.assurance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A partner's coverage at risk: cameras decommissioned or offline too long, monitoring cancelled, funding ending.
 * Raised only by the database function {@code raise_switch_off_notices}, never written by the portal's entities.
 */
@Entity
@Table(name = "switch_off_notice")
public class SwitchOffNotice extends PanacheEntityBase {

    @Id
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    @Column(name = "source_key")
    public String sourceKey;

    public String summary;

    @Column(name = "raised_at")
    public Instant raisedAt;
}
