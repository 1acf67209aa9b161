package org.cctvportal.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One file chosen for a requested disclosure package, and its place in the zip. */
@Entity
@Table(name = "disclosure_package_request_file")
public class PackageRequestFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "request_id")
    public UUID requestId;

    public int position;

    @Column(name = "file_id")
    public UUID fileId;
}
