package org.cctvportal.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.tenancy.DirectoryFilter;
import org.hibernate.annotations.Filter;

/**
 * A member of a partnership: PCC office, council, operator, police force or business. Its id is the tenant id that
 * every partner-owned row carries and the {@code partner} claim of its users' tokens. A caller sees its own partner;
 * the partnership's directory is read through the named cross-partner path.
 */
@Entity
@Filter(name = DirectoryFilter.NAME, condition = DirectoryFilter.PARTNER_CONDITION)
public class Partner extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "partnership_id", updatable = false)
    public String partnershipId;

    // Name, kind, status and funding end are what the partner is: set at admission, then changed only by the
    // partnership's PCC office through PartnerService.govern (the database's partner_govern), never by an update here.
    @Column(updatable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public PartnerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public PartnerStatus status;

    @Column(name = "ico_registration")
    public String icoRegistration;

    @Column(name = "dp_contact_name")
    public String dpContactName;

    @Column(name = "dp_contact_email")
    public String dpContactEmail;

    @Column(name = "funding_end_date", updatable = false)
    public LocalDate fundingEndDate;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static List<Partner> listByName() {
        return list("order by name");
    }
}
