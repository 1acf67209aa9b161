package org.cctvportal.rota;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cctvportal.platform.security.SecretTokens;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.SecretLink;
import org.cctvportal.platform.tenancy.SecretLinkWork;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;

/**
 * Wall screens: a hub supervisor starts one on the screen's browser (which gets a secret in a cookie) and may revoke
 * it; the screen reads that one hub's board as the hub's operator partner until it is revoked or its maximum age
 * runs out. Every request from the screen looks its secret up again, so a revocation takes effect on its next refresh.
 */
@ApplicationScoped
@Transactional
public class WallScreenService {

    static final int NAME_MAX = 60;
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    @Inject
    ShiftService shiftService;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    @Inject
    SecretLinkWork secretLinks;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RotaConfig config;

    @Inject
    Clock clock;

    /** A started screen and the secret its browser keeps (answered once, never stored). */
    public record Started(WallScreen screen, String secret) {
    }

    public List<WallScreen> screens(long hubId) {
        shiftService.myHub(hubId);
        return WallScreen.atHub(hubId);
    }

    /** Starts a wall screen for one of the caller's partner's hubs, named so a supervisor can tell screens apart. */
    public Started start(long hubId, String name) {
        shiftService.myHub(hubId);
        String trimmed = name == null ? "" : name.strip();
        FormErrors errors = new FormErrors();
        if (trimmed.isEmpty()) {
            errors.add("name", "Enter a name for the screen, for example Oxford wall left");
        } else if (trimmed.length() > NAME_MAX) {
            errors.add("name", "The screen's name must be " + NAME_MAX + " characters or fewer");
        }
        errors.throwIfAny();
        String secret = SecretTokens.newSecret();
        WallScreen screen = new WallScreen();
        screen.hubId = hubId;
        screen.name = trimmed;
        screen.secretHash = SecretTokens.hash(secret);
        screen.startedAt = clock.instant();
        screen.startedBy = actor();
        screen.expiresAt = screen.startedAt.plus(config.wallScreenMaxAge());
        screen.persist();
        screen.flush();
        audit.record("rota.wall-screen-started", "WallScreen", screen.id.toString(), "Wall screen \"" + trimmed
                + "\" started for hub " + hubId + " until " + Formats.whenExactly(screen.expiresAt));
        return new Started(screen, secret);
    }

    /** Ends a screen at once (audited); answers the screen's hub. Another partner's screen is not found. */
    public long revoke(long screenId) {
        WallScreen screen = WallScreen.<WallScreen>findByIdOptional(screenId)
                .orElseThrow(() -> new NotFoundException("No such wall screen"));
        shiftService.myHub(screen.hubId);
        if (screen.revokedAt == null) {
            screen.revokedAt = clock.instant();
            screen.revokedBy = actor();
            audit.record("rota.wall-screen-revoked", "WallScreen", screen.id.toString(), "Wall screen \""
                    + screen.name + "\" revoked");
        }
        return screen.hubId;
    }

    /**
     * What the screen holding {@code secret} may show of hub {@code hubId}: the read, run as the screen's partner, or
     * empty when the secret opens no live screen of that hub (unknown, revoked, expired, or another hub's).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> Optional<T> forScreen(String secret, long hubId, Function<WallScreen, T> read) {
        if (!SecretTokens.wellFormed(secret)) {
            return Optional.empty();
        }
        return owner(SecretTokens.hash(secret)).map(o -> secretLinks.forOwner(SecretLink.WALL_SCREEN, o.partner(),
                o.partnership(), () -> whileLive(o.screen(), hubId, read)));
    }

    /** The read, as the screen's partner, if the screen is live now and was started for this hub; else null. */
    private <T> T whileLive(long screenId, long hubId, Function<WallScreen, T> read) {
        WallScreen screen = WallScreen.findById(screenId);
        Instant now = clock.instant();
        if (screen == null || !screen.liveAt(now) || screen.hubId != hubId) {
            return null;
        }
        if (screen.lastSeenAt == null || screen.lastSeenAt.plus(SEEN_EVERY).isBefore(now)) {
            screen.lastSeenAt = now;
        }
        return read.apply(screen);
    }

    /** Who starts or revokes: the signed-in supervisor, or the portal itself (the demo data). */
    private String actor() {
        return user.isSignedIn() ? user.username() : "system";
    }

    private record Owner(long screen, String partner, String partnership) {
    }

    private Optional<Owner> owner(String hash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sql = connection.prepareStatement(
                        "select screen_id, partner_id, partnership_id from wall_screen_owner(?)")) {
            sql.setString(1, hash);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? Optional.of(new Owner(rows.getLong(1), rows.getString(2), rows.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up a wall screen", e);
        }
    }
}
