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

/** An operating system recorders and servers may run; its end of support comes from the reference data. */
@Entity
@Table(name = "spec_supported_os")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class SupportedOs extends SpecRule {

    @Column(name = "operating_system_id")
    public Long operatingSystemId;

    @Override
    SupportedOs copyInto(SpecificationVersion version) {
        SupportedOs copy = placeIn(new SupportedOs(), version);
        copy.operatingSystemId = operatingSystemId;
        return copy;
    }

    static List<SupportedOs> of(long versionId) {
        return list("versionId = ?1 order by id", versionId);
    }
}
