package org.cctvportal.specification;

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
import java.util.List;
import java.util.Optional;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/** One version of the partnership's specification: a draft, the ratified one, or one it superseded. */
@Entity
@Table(name = "specification_version")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class SpecificationVersion extends PanacheEntityBase {

    /** Where a version is in its life. */
    public enum Status {
        DRAFT("Draft"), RATIFIED("Ratified"), SUPERSEDED("Superseded");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specification_version_seq")
    @SequenceGenerator(name = "specification_version_seq", sequenceName = "specification_version_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "partnership_id")
    public String partnershipId;

    public int number;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "max_asset_age_years")
    public Integer maxAssetAgeYears;

    public String notes;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "ratified_by")
    public String ratifiedBy;

    @Column(name = "ratified_at")
    public Instant ratifiedAt;

    @Version
    public int version;

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public String title() {
        return "Version " + number;
    }

    public static List<SpecificationVersion> newestFirst() {
        return list("order by number desc");
    }

    public static Optional<SpecificationVersion> withStatus(Status status) {
        return find("status", status).firstResultOptional();
    }

    public static int nextNumber() {
        Integer highest = getEntityManager()
                .createQuery("select max(v.number) from SpecificationVersion v", Integer.class).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }
}
