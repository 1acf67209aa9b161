package org.cctvportal.assurance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The PCC office's acknowledgement of a notice, with its note: the office's own row, final once written. */
@Entity
@Table(name = "switch_off_acknowledgement")
public class Acknowledgement extends PanacheEntityBase {

    @Id
    @Column(name = "notice_id")
    public Long noticeId;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String note;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
}
