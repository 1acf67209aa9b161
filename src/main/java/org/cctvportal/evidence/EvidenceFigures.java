package org.cctvportal.evidence;

import static org.cctvportal.platform.NativeRows.longValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vault's figures for the dashboards, set-based over a partner's items: the same counts as
 * {@code evidence_counts()} gives the PCC office, and how long items waited for their first share.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceFigures {

    @Inject
    EntityManager entityManager;

    /** Items created, disposed of and shared (at least one share), and the hours to first share summed (unrounded). */
    public record Counts(long created, long disposed, long shared, BigDecimal hoursToFirstShare) {
    }

    /** How far ahead a share's end needs the sharing partner's attention. */
    public static final Duration SHARE_ENDING_NOTICE = Duration.ofDays(7);

    static final String SHARES_ENDING = " from evidence_share where partner_id = ?1 and revoked_at is null"
            + " and expires_at > ?2 and expires_at <= ?3";

    /**
     * The partner's items with a live share to another partner that ends within {@link #SHARE_ENDING_NOTICE} of
     * {@code now}.
     */
    public long itemsSharedUntilSoon(String partnerId, Instant now) {
        return longValue(entityManager.createNativeQuery("select count(distinct item_id)" + SHARES_ENDING)
                .setParameter(1, partnerId).setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(SHARE_ENDING_NOTICE))).getSingleResult());
    }

    /** Those items' ids: the rows behind {@link #itemsSharedUntilSoon}. */
    @SuppressWarnings("unchecked")
    public Set<Long> itemsWithSharesEnding(String partnerId, Instant now) {
        List<Object> ids = entityManager.createNativeQuery("select distinct item_id" + SHARES_ENDING)
                .setParameter(1, partnerId).setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(SHARE_ENDING_NOTICE))).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /** The partner's counts; the partner is bound for the planner, row-level security bounds the rows. */
    public Counts counts(String partnerId) {
        Object[] r = (Object[]) entityManager.createNativeQuery("select count(*),"
                + " count(*) filter (where i.status = 'DISPOSED'), count(s.first_shared),"
                + " coalesce(sum(extract(epoch from s.first_shared - i.created_at)) / 3600.0, 0)"
                + " from evidence_item i left join lateral (select min(sh.shared_at) as first_shared"
                + " from evidence_share sh where sh.item_id = i.id and sh.partner_id = i.partner_id) s on true"
                + " where i.partner_id = ?1").setParameter(1, partnerId).getSingleResult();
        return new Counts(longValue(r[0]), longValue(r[1]), longValue(r[2]),
                r[3] == null ? BigDecimal.ZERO : new BigDecimal(r[3].toString()));
    }
}
