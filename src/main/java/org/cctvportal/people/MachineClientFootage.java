package org.cctvportal.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A partnership's choice whether its partners' machine clients may hold a role that reaches footage. Only the PCC
 * office writes it (the database's policy); no row means no.
 */
@Entity
@Table(name = "machine_client_footage")
public class MachineClientFootage extends PanacheEntityBase {

    @Id
    @Column(name = "partnership_id")
    public String partnershipId;

    public boolean allowed;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Version
    public int version;
}
