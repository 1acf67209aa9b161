package org.cctvportal.specification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.cctvportal.estate.CameraType;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/** A standard partners' kit must meet. Secure by Default is kept apart from vendor risk: see {@link FlaggedMaker}. */
@Entity
@Table(name = "spec_standard")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class RequiredStandard extends SpecRule {

    /** Secure by Default, or any other standard. */
    public enum Kind {
        SECURE_BY_DEFAULT("Secure by Default"), OTHER("Other standard");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Override
    RequiredStandard copyInto(SpecificationVersion version) {
        RequiredStandard copy = placeIn(new RequiredStandard(), version);
        copy.code = code;
        copy.name = name;
        copy.kind = kind;
        return copy;
    }

    static List<RequiredStandard> of(long versionId) {
        return list("versionId = ?1 order by lower(code)", versionId);
    }
}
