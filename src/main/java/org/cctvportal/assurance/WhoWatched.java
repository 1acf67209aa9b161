package org.cctvportal.assurance;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.evidence.EvidenceEvents;
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
    EvidenceEvents events;

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
                errors.add(field, "The " + field + " date must be a real date");
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

    private List<Access> query(Filter filter, int limit, boolean ownEvidence) {
        EvidenceEvents.AccessQuery query = new EvidenceEvents.AccessQuery(
                filter.from() == null ? null : filter.from().atStartOfDay(LondonTime.ZONE).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant(),
                filter.action(), filter.actorPartner(), filter.owner(), ownEvidence, limit);
        return events.accesses(query).stream().map(e -> new Access(e.at(), e.action(), e.actor(),
                e.actorPartnerName(), e.ownerName(), e.itemId(), e.item(), e.detail())).toList();
    }
}
