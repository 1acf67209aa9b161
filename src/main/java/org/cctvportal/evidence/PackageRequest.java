package org.cctvportal.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * A disclosure package asked for, as checked when the person sent the form: what it answers, who asked (with the
 * roles they held, so the job that makes it acts for them and no one wider) and, in {@link PackageRequestFile}, the
 * files chosen. The package it becomes takes its id. Written once; never changed.
 */
@Entity
@Table(name = "disclosure_package_request")
public class PackageRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "partnership_id")
    public String partnershipId;

    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind")
    public DisclosurePackage.RequestKind requestKind;

    @Column(name = "request_id")
    public Long requestId;

    @Column(name = "request_reference")
    public String requestReference;

    public String recipient;

    public String reason;

    @Column(name = "unredacted_reason")
    public String unredactedReason;

    public String note;

    @Column(name = "partner_name")
    public String partnerName;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_by_account")
    public String requestedByAccount;

    @Column(name = "requested_roles")
    public String requestedRoles;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** The person who asked, as they were when they asked. */
    Actor actor() {
        Set<String> roles = Arrays.stream(requestedRoles.split(",")).filter(r -> !r.isBlank())
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(requestedBy, partnerId, partnershipId, roles);
    }

    static String roles(Actor actor) {
        return actor.roles().stream().sorted().collect(Collectors.joining(","));
    }

    /** The chosen files' ids in the order they go into the zip. */
    List<UUID> files() {
        return PackageRequestFile.<PackageRequestFile>list("requestId = ?1 order by position", id).stream()
                .map(f -> f.fileId).toList();
    }
}
