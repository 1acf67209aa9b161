package org.cctvportal.evidence;

import static org.cctvportal.platform.NativeRows.instant;
import static org.cctvportal.platform.NativeRows.longValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The vault's shares and custody events as other features read them (the disclosure register, "who watched"), as
 * records: never the vault's entities or tables. Each read is one query and runs in the caller's transaction, inside
 * the cross-partner path the caller chose ({@code EVIDENCE_CUSTODY}, {@code WHO_WATCHED}); the database's evidence
 * policies bound what it returns.
 */
@ApplicationScoped
public class EvidenceEvents {

    @Inject
    EntityManager entityManager;

    /** A share of one of the partner's items with another partner. */
    public record ShareEvent(Instant sharedAt, long itemId, String item, String recipientName, String reason,
            String sharedBy, Instant expiresAt) {
    }

    /**
     * One custody event: when, what, who (and their partner), whose evidence. The item's title and the detail are
     * present only where asked for (the owner's own records).
     */
    public record CustodyRecord(Instant at, String action, String actor, String actorPartnerName,
            String ownerName, long itemId, String item, String detail) {
    }

    /**
     * Which custody events: of the accesses to footage (viewed, downloaded, exported), those in [from, to), of an
     * action, by an actor's partner, of an owner; blank fields narrow nothing. {@code ownEvidence} keeps the caller's
     * own partner's evidence and gives its item titles and details.
     */
    public record AccessQuery(Instant from, Instant to, String action, String actorPartner, String owner,
            boolean ownEvidence, int limit) {
    }

    /** The caller's partner's shares of its own items, newest first. */
    @SuppressWarnings("unchecked")
    public List<ShareEvent> ownShares(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select s.shared_at, i.id, i.title, p.name,"
                + " s.reason, s.shared_by, s.expires_at from evidence_share s"
                + " join evidence_item i on i.id = s.item_id join partner p on p.id = s.recipient_partner_id"
                + " where s.partner_id = app_partner() order by s.shared_at desc limit ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new ShareEvent(instant(r[0]), longValue(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    /** A disclosure package the caller's partner sent: its files' first item, and how many files it held. */
    public record PackageEvent(Instant sentAt, String reference, String requestKind, String requestReference,
            String recipient, String reason, String sentBy, long firstItemId, long files) {
    }

    /** The caller's partner's disclosure packages, newest first. */
    @SuppressWarnings("unchecked")
    public List<PackageEvent> ownPackages(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select p.sent_at, p.reference, p.request_kind,"
                + " p.request_reference, p.recipient, p.reason, p.sent_by, min(f.item_id), count(f.id)"
                + " from disclosure_package p join disclosure_package_file f on f.package_id = p.id"
                + " where p.partner_id = app_partner() group by p.id order by p.sent_at desc limit ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new PackageEvent(instant(r[0]), (String) r[1],
                DisclosurePackage.RequestKind.valueOf((String) r[2]).label(), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], longValue(r[7]), longValue(r[8]))).toList();
    }

    /** The downloads and exports of the caller's partner's own items, newest first. */
    @SuppressWarnings("unchecked")
    public List<CustodyRecord> ownReleases(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select e.occurred_at, i.id, i.title, p.name,"
                + " e.detail, e.actor, e.action from custody_event e join evidence_item i on i.id = e.item_id"
                + " join partner p on p.id = e.actor_partner_id where e.partner_id = app_partner()"
                + " and e.action in ('EXPORTED', 'DOWNLOADED') order by e.occurred_at desc limit ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new CustodyRecord(instant(r[0]), (String) r[6], (String) r[5],
                (String) r[3], null, longValue(r[1]), (String) r[2], (String) r[4])).toList();
    }

    /** The accesses to footage the query asks for, newest first. */
    @SuppressWarnings("unchecked")
    public List<CustodyRecord> accesses(AccessQuery q) {
        boolean own = q.ownEvidence();
        StringBuilder sql = new StringBuilder("select e.occurred_at, e.action, e.actor, ap.name, op.name, e.item_id, "
                + (own ? "i.title" : "null")
                // The detail names the file and the reason: the owner's auditor reads it, the partnership admin not.
                + ", " + (own ? "e.detail" : "null") + " from custody_event e"
                + " join partner ap on ap.id = e.actor_partner_id join partner op on op.id = e.partner_id"
                + (own ? " join evidence_item i on i.id = e.item_id" : "")
                + " where e.action in ('VIEWED', 'DOWNLOADED', 'EXPORTED')");
        List<Object> params = new ArrayList<>();
        if (own) {
            // The vault's scope also reaches items shared with the caller; the report is about the caller's own.
            sql.append(" and e.partner_id = app_partner()");
        }
        narrow(sql, params, q.from() == null ? null : Timestamp.from(q.from()), " and e.occurred_at >= ?");
        narrow(sql, params, q.to() == null ? null : Timestamp.from(q.to()), " and e.occurred_at < ?");
        narrow(sql, params, q.action(), " and e.action = ?");
        narrow(sql, params, q.actorPartner(), " and e.actor_partner_id = ?");
        narrow(sql, params, q.owner(), " and e.partner_id = ?");
        params.add(q.limit());
        sql.append(" order by e.occurred_at desc, e.id desc limit ?").append(params.size());
        Query query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new CustodyRecord(instant(r[0]),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4], longValue(r[5]), (String) r[6],
                (String) r[7])).toList();
    }

    private static void narrow(StringBuilder sql, List<Object> params, Object value, String condition) {
        if (value != null) {
            params.add(value);
            sql.append(condition).append(params.size());
        }
    }
}
