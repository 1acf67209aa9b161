package org.cctvportal.assurance;

import static org.cctvportal.platform.NativeRows.instant;
import static org.cctvportal.platform.NativeRows.longValue;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;

/**
 * "Who watched whose cameras": every view, download and export of footage, from the custody logs. A partner's
 * auditor reads those of its own evidence, whoever did them (its staff, the operator's, a police force's), through
 * the vault's path; the partnership admin reads every partner's through {@link CrossPartnerPath#WHO_WATCHED}, which
 * gives custody events but never items or footage. The PCC analyst has neither.
 */
@ApplicationScoped
public class WhoWatched {

    static final Set<String> ACTIONS = Set.of("VIEWED", "DOWNLOADED", "EXPORTED");
    static final Map<String, String> ACTION_LABELS = new LinkedHashMap<>();

    static {
        ACTION_LABELS.put("VIEWED", "Viewed");
        ACTION_LABELS.put("DOWNLOADED", "Downloaded");
        ACTION_LABELS.put("EXPORTED", "Exported");
    }

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    EntityManager entityManager;

    @Inject
    SecurityIdentity identity;

    /** What the report is narrowed to; blank fields narrow nothing. */
    public record Filter(LocalDate from, LocalDate to, String action, String actorPartner, String owner) {
        public static Filter read(String from, String to, String action, String actorPartner, String owner,
                FormErrors errors) {
            return new Filter(date(from, "from", errors), date(to, "to", errors),
                    blank(action) || !ACTIONS.contains(action) ? null : action, blank(actorPartner) ? null : actorPartner,
                    blank(owner) ? null : owner);
        }

        private static LocalDate date(String value, String field, FormErrors errors) {
            if (blank(value)) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(field, "The " + field + " date must be a date such as 2026-11-30");
                return null;
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** One access to footage. The item's title and the detail (file name, reason) go to the owner's auditor only. */
    public record Access(Instant at, String action, String actor, String actorPartner, String owner, long itemId,
            String item, String detail) {
        public String actionLabel() {
            return ACTION_LABELS.getOrDefault(action, action);
        }
    }

    /** Whether the caller sees the whole partnership (the partnership admin) or its own partner's evidence. */
    public boolean acrossPartnership() {
        return identity.hasRole(Roles.PARTNERSHIP_ADMIN);
    }

    public List<Access> report(Filter filter, int limit) {
        if (acrossPartnership()) {
            return crossPartner.read(CrossPartnerPath.WHO_WATCHED, () -> query(filter, limit, false));
        }
        return crossPartner.read(CrossPartnerPath.EVIDENCE_CUSTODY, () -> query(filter, limit, true));
    }

    /** The partners whose names appear as filters: the partnership's partners readable in the report's scope. */
    public Map<String, String> partnerNames() {
        CrossPartnerPath path = acrossPartnership() ? CrossPartnerPath.WHO_WATCHED : CrossPartnerPath.EVIDENCE_CUSTODY;
        return crossPartner.read(path, () -> {
            Map<String, String> names = new LinkedHashMap<>();
            for (Object row : entityManager.createNativeQuery("select id, name from partner"
                    + " where partnership_id = app_partnership() order by name").getResultList()) {
                names.put(((Object[]) row)[0].toString(), ((Object[]) row)[1].toString());
            }
            return names;
        });
    }

    @SuppressWarnings("unchecked")
    private List<Access> query(Filter filter, int limit, boolean ownEvidence) {
        StringBuilder sql = new StringBuilder("select e.occurred_at, e.action, e.actor, ap.name, op.name, e.item_id, "
                + (ownEvidence ? "i.title" : "null")
                // The detail names the file and the reason: the owner's auditor reads it, the partnership admin not.
                + ", " + (ownEvidence ? "e.detail" : "null") + " from custody_event e"
                + " join partner ap on ap.id = e.actor_partner_id join partner op on op.id = e.partner_id"
                + (ownEvidence ? " join evidence_item i on i.id = e.item_id" : "")
                + " where e.action in ('VIEWED', 'DOWNLOADED', 'EXPORTED')");
        List<Object> params = new ArrayList<>();
        if (ownEvidence) {
            // The vault's scope also reaches items shared with the caller; the report is about the caller's own.
            sql.append(" and e.partner_id = app_partner()");
        }
        if (filter.from() != null) {
            params.add(Timestamp.from(filter.from().atStartOfDay(LondonTime.ZONE).toInstant()));
            sql.append(" and e.occurred_at >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant()));
            sql.append(" and e.occurred_at < ?").append(params.size());
        }
        if (filter.action() != null) {
            params.add(filter.action());
            sql.append(" and e.action = ?").append(params.size());
        }
        if (filter.actorPartner() != null) {
            params.add(filter.actorPartner());
            sql.append(" and e.actor_partner_id = ?").append(params.size());
        }
        if (filter.owner() != null) {
            params.add(filter.owner());
            sql.append(" and e.partner_id = ?").append(params.size());
        }
        params.add(limit);
        sql.append(" order by e.occurred_at desc, e.id desc limit ?").append(params.size());
        Query query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Access(instant(r[0]),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4], longValue(r[5]), (String) r[6],
                (String) r[7])).toList();
    }
}
