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

/**
 * A region's CCTV partnership: the tenant boundary nothing crosses. Callers see their own partnership only; the
 * service operator sees every one. Opened, suspended and reopened only through {@link Partnerships}.
 */
@Entity
@FilterDef(name = DirectoryFilter.NAME, autoEnabled = true, applyToLoadByKey = true, parameters = {
        @ParamDef(name = "partner", type = String.class, resolver = DirectoryFilter.Partner.class),
        @ParamDef(name = "partnership", type = String.class, resolver = DirectoryFilter.Partnership.class),
        @ParamDef(name = "scope", type = String.class, resolver = DirectoryFilter.Scope.class) })
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNERSHIP_CONDITION)
public class Partnership extends PanacheEntityBase {

    @Id
    public String id;

    @Column(updatable = false)
    public String name;

    @Column(updatable = false)
    public String region;

    /** OPEN, or SUSPENDED by the service operator: set only through the database's partnership functions. */
    @Column(insertable = false, updatable = false)
    public String status;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public boolean suspended() {
        return "SUSPENDED".equals(status);
    }

    public static java.util.List<Partnership> listByName() {
        return list("order by name");
    }
}
