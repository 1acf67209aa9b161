package org.cctvportal.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * A control-room screen showing one hub's board through a shift with nobody signed in: a hub supervisor starts it on
 * the screen's browser, which then holds a random secret in a cookie. Only the secret's SHA-256 is kept here. The
 * screen stops at its expiry or when a supervisor revokes it, whichever comes first.
 */
@Entity
@Table(name = "wall_screen")
public class WallScreen extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wall_screen_seq")
    @SequenceGenerator(name = "wall_screen_seq", sequenceName = "wall_screen_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "hub_id")
    public Long hubId;

    public String name;

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Version
    public int version;

    /** Shows the board at {@code now}: not revoked and not yet expired. */
    public boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    static List<WallScreen> atHub(long hubId) {
        return list("hubId = ?1 order by startedAt desc", hubId);
    }
}
