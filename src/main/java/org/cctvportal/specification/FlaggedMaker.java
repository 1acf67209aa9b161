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

/** A maker the partnership flags as a vendor risk, with why and on whose authority. */
@Entity
@Table(name = "spec_flagged_maker")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class FlaggedMaker extends SpecRule {

    /** How far the flag goes. */
    public enum Level {
        BANNED("Banned"), RESTRICTED("Restricted");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "manufacturer_id")
    public Long manufacturerId;

    @Enumerated(EnumType.STRING)
    public Level level;

    public String reason;

    public String source;

    @Override
    FlaggedMaker copyInto(SpecificationVersion version) {
        FlaggedMaker copy = placeIn(new FlaggedMaker(), version);
        copy.manufacturerId = manufacturerId;
        copy.level = level;
        copy.reason = reason;
        copy.source = source;
        return copy;
    }

    static List<FlaggedMaker> of(long versionId) {
        return list("versionId = ?1 order by id", versionId);
    }
}
