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

/** A maker that meets one of the version's standards. */
@Entity
@Table(name = "spec_standard_maker")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class StandardMaker extends SpecRule {

    @Column(name = "standard_id")
    public Long standardId;

    @Column(name = "manufacturer_id")
    public Long manufacturerId;

    /** Not copied on its own: its standard's copy takes it along (see SpecificationService.copy). */
    @Override
    StandardMaker copyInto(SpecificationVersion version) {
        StandardMaker copy = placeIn(new StandardMaker(), version);
        copy.manufacturerId = manufacturerId;
        return copy;
    }

    static List<StandardMaker> of(long versionId) {
        return list("versionId = ?1 order by id", versionId);
    }
}
