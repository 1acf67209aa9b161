package org.cctvportal.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The portal's record of one machine client: a Keycloak confidential client (client credentials) that another system
 * of a partner calls the API with. Its name, partner and roles are fixed once made; the database lets the portal
 * change only its state, its Keycloak id and its times (V59). Like {@link Person}, it carries no Hibernate tenant id:
 * row-level security bounds it to the caller's own partner.
 */
@Entity
@Table(name = "machine_client")
public class MachineClient extends PanacheEntityBase {

    /** Pending until Keycloak has the client, active until revoked. */
    public enum State {
        PENDING, ACTIVE, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "partner_id", updatable = false)
    public String partnerId;

    @Column(updatable = false)
    public String name;

    /** The Keycloak client id, the {@code azp} of its tokens. */
    @Column(name = "client_id", updatable = false)
    public String clientId;

    @Column(name = "keycloak_id")
    public String keycloakId;

    @Column(name = "roles", updatable = false)
    public String roleList;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Revoked in the portal while Keycloak was away: its Keycloak client is still to be removed. */
    @Column(name = "keycloak_to_remove")
    public boolean keycloakToRemove;

    @Version
    public int version;

    public List<String> roles() {
        return roleList == null || roleList.isBlank() ? List.of() : Arrays.asList(roleList.split(","));
    }

    public static List<MachineClient> ofPartner(String partnerId) {
        return list("partnerId = ?1 order by state, lower(name), createdAt", partnerId);
    }
}
