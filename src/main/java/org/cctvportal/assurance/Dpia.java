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
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A data protection impact assessment covering a site and cameras, with the date it must be reviewed by. */
@Entity
@Table(name = "dpia")
public class Dpia extends PanacheEntityBase {

    public enum Status {
        DRAFT("Draft"), APPROVED("Approved"), RETIRED("Retired");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpia_seq")
    @SequenceGenerator(name = "dpia_seq", sequenceName = "dpia_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String reference;

    public String title;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "review_due")
    public LocalDate reviewDue;

    public String owner;

    public String notes;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static List<Dpia> byReviewDate() {
        return list("order by case when status = ?1 then 1 else 0 end, reviewDue, reference", Status.RETIRED);
    }
}
