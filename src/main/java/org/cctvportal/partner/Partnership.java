package org.cctvportal.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/** A region's CCTV partnership: the tenant boundary nothing crosses. Callers see their own partnership only. */
@Entity
@FilterDef(name = DirectoryFilter.NAME, autoEnabled = true, applyToLoadByKey = true, parameters = {
        @ParamDef(name = "partner", type = String.class, resolver = DirectoryFilter.Partner.class),
        @ParamDef(name = "partnership", type = String.class, resolver = DirectoryFilter.Partnership.class),
        @ParamDef(name = "scope", type = String.class, resolver = DirectoryFilter.Scope.class) })
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_CONDITION)
public class Partnership extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String region;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static Partnership create(String id, String name, String region) {
        Partnership partnership = new Partnership();
        partnership.id = id;
        partnership.name = name;
        partnership.region = region;
        return partnership;
    }
}
