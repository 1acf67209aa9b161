package org.cctvportal.estate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/** Another name a maker goes by ("HIKVISION", "Hangzhou Hikvision Digital Technology"). */
@Entity
@Table(name = "manufacturer_alias")
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_ROWS_CONDITION)
public class ManufacturerAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "manufacturer_alias_seq")
    @SequenceGenerator(name = "manufacturer_alias_seq", sequenceName = "manufacturer_alias_seq", allocationSize = 50)
    public Long id;

    @Column(name = "partnership_id")
    public String partnershipId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "manufacturer_id")
    public Manufacturer manufacturer;

    public String alias;

    @Column(name = "alias_key")
    public String aliasKey;

    public static List<ManufacturerAlias> all() {
        return list("select a from ManufacturerAlias a join fetch a.manufacturer order by lower(a.alias)");
    }
}
