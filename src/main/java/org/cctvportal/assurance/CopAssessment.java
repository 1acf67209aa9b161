package org.cctvportal.assurance;

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

/** A partner's self-assessment against one guiding principle: status, evidence notes and the next review. */
@Entity
@Table(name = "cop_assessment")
public class CopAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_assessment_seq")
    @SequenceGenerator(name = "cop_assessment_seq", sequenceName = "cop_assessment_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public short principle;

    @Enumerated(EnumType.STRING)
    public CopStatus status;

    public String evidence;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static CopAssessment of(int principle) {
        return find("principle", (short) principle).firstResult();
    }
}
