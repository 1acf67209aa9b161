package org.cctvportal.specification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.cctvportal.estate.CameraType;
import org.cctvportal.estate.RecorderKind;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/**
 * A product partners may buy, with the firmware it must run at least and what it costs to buy and install: a camera
 * of one type, or a recorder of one kind (exactly one of the two is set). The cheapest of each prices replacements.
 */
@Entity
@Table(name = "spec_approved_product")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class ApprovedProduct extends SpecRule {

    @Column(name = "manufacturer_id")
    public Long manufacturerId;

    public String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "camera_type")
    public CameraType cameraType;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorder_kind")
    public RecorderKind recorderKind;

    @Column(name = "min_firmware")
    public String minFirmware;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    @Column(name = "install_cost")
    public BigDecimal installCost;

    @Override
    ApprovedProduct copyInto(SpecificationVersion version) {
        ApprovedProduct copy = placeIn(new ApprovedProduct(), version);
        copy.manufacturerId = manufacturerId;
        copy.model = model;
        copy.cameraType = cameraType;
        copy.recorderKind = recorderKind;
        copy.minFirmware = minFirmware;
        copy.unitPrice = unitPrice;
        copy.installCost = installCost;
        return copy;
    }

    static List<ApprovedProduct> of(long versionId) {
        return list("versionId = ?1 order by id", versionId);
    }
}
