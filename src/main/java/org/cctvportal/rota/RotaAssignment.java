package org.cctvportal.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** An operator on a shift. The database copies the shift's period onto it and refuses overlaps per operator. */
@Entity
@Table(name = "rota_assignment")
public class RotaAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rota_assignment_seq")
    @SequenceGenerator(name = "rota_assignment_seq", sequenceName = "rota_assignment_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "shift_id")
    public Long shiftId;

    @Column(name = "operator_id")
    public Long operatorId;

    @Version
    public int version;
}
