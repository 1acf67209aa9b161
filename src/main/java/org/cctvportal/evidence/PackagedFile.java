package org.cctvportal.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One file as it went into a disclosure package: where in the zip, its size and hash, whether it was redacted. */
@Entity
@Table(name = "disclosure_package_file")
public class PackagedFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "package_id")
    public UUID packageId;

    @Column(name = "file_id")
    public UUID fileId;

    @Column(name = "item_id")
    public Long itemId;

    public String path;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    public boolean redacted;

    public static List<PackagedFile> of(UUID packageId) {
        return list("packageId = ?1 order by path", packageId);
    }
}
