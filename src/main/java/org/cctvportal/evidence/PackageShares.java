package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cctvportal.platform.security.SecretTokens;
import org.cctvportal.platform.tenancy.SecretLink;
import org.cctvportal.platform.tenancy.SecretLinkWork;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * A package shared by a secret link until the end of a chosen London day, for a recipient with no account. Only the
 * secret's hash is kept; issuing a link again replaces the last one. The link opens the one package's zip while it
 * lasts and is "not found" afterwards, as an unknown secret is.
 */
@ApplicationScoped
public class PackageShares {

    static final int MAX_DAYS = 90;

    /** Who the audit trail names for a download by link: the recipient has no account. */
    static final String LINK_RECIPIENT = "share link recipient";

    @Inject
    EvidenceService evidence;

    @Inject
    SecretLinkWork secretLinks;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** A new link's secret (shown once) and when it stops working. */
    public record Issued(String secret, Instant expiresAt) {
    }

    public Issued issue(UUID id, String day, String month, String year) {
        Actor actor = evidence.actor();
        FormErrors errors = new FormErrors();
        LocalDate last = FormFields.date("share", "last day of the link", true, day, month, year, errors);
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        if (last != null && last.isBefore(today)) {
            errors.add("share", "The link's last day cannot be in the past: choose today or a later day");
        } else if (last != null && last.isAfter(today.plusDays(MAX_DAYS))) {
            errors.add("share", "A link can last " + MAX_DAYS + " days at most, to " + Formats.day(today
                    .plusDays(MAX_DAYS)));
        }
        return evidence.vault(() -> {
            PackageReads.mayRead(actor);
            DisclosurePackage p = DisclosurePackage.findById(id);
            if (p == null) {
                throw new NotFoundException("No such disclosure package");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            String secret = SecretTokens.newSecret();
            p.shareTokenHash = SecretTokens.hash(secret);
            p.shareExpiresAt = last.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
            EvidenceAudit.record(DisclosurePackage.getEntityManager(), actor.username(), "package.shared",
                    "disclosure-package", p.reference, "Shared disclosure package " + p.reference
                            + " by link until the end of " + Formats.day(last), clock.instant());
            return new Issued(secret, p.shareExpiresAt);
        });
    }

    /**
     * The package a live link opens, read as its owner, and the download entered in the owner's audit trail in the
     * same transaction; empty for an unknown, replaced or expired secret.
     */
    public Optional<DisclosurePackage> open(String secret) {
        if (!SecretTokens.wellFormed(secret)) {
            return Optional.empty();
        }
        Optional<String[]> found = owner(SecretTokens.hash(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String[] owner = found.get();
        Instant now = clock.instant();
        return Optional.ofNullable(secretLinks.forOwner(SecretLink.DISCLOSURE_PACKAGE, owner[1], owner[2], () -> {
            DisclosurePackage live = DisclosurePackage.<DisclosurePackage>findByIdOptional(UUID.fromString(owner[0]))
                    .filter(p -> p.shareExpiresAt != null && p.shareExpiresAt.isAfter(now)
                            && SecretTokens.hash(secret).equals(p.shareTokenHash)).orElse(null);
            if (live != null) {
                EvidenceAudit.record(DisclosurePackage.getEntityManager(), LINK_RECIPIENT, "package.downloaded",
                        "disclosure-package", live.reference, "Disclosure package " + live.reference
                                + " downloaded through its share link", now);
            }
            return live;
        }));
    }

    /** The package id, partner and partnership a live secret's hash names, read as the tables' owner. */
    private Optional<String[]> owner(String hash) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement sql = connection.prepareStatement("select cast(package_id as text),"
                        + " partner_id, partnership_id from disclosure_package_share_owner(?)")) {
            sql.setString(1, hash);
            try (java.sql.ResultSet rows = sql.executeQuery()) {
                return rows.next() ? Optional.of(new String[] { rows.getString(1), rows.getString(2),
                        rows.getString(3) }) : Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not look up a package link", e);
        }
    }
}
