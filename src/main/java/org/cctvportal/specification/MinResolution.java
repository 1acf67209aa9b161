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

/** The lowest resolution a camera of one type may have, in megapixels. */
@Entity
@Table(name = "spec_min_resolution")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class MinResolution extends SpecRule {

    @Enumerated(EnumType.STRING)
    @Column(name = "camera_type")
    public CameraType cameraType;

    @Column(name = "min_mp")
    public BigDecimal minMp;

    @Override
    MinResolution copyInto(SpecificationVersion version) {
        MinResolution copy = placeIn(new MinResolution(), version);
        copy.cameraType = cameraType;
        copy.minMp = minMp;
        return copy;
    }

    static List<MinResolution> of(long versionId) {
        return list("versionId = ?1 order by cameraType", versionId);
    }
}
