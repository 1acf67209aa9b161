package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.Choice;

/**
 * The partners evidence is about: their names, the police forces an item can be shared with, the partners an operator
 * may capture for, and each partner's evidence counts for the partnership's staff (never an item or a file).
 */
@ApplicationScoped
public class EvidencePartners {

    /** Counts per partner for the partnership's staff. */
    public record Counts(String partner, long items, long onHold, long evidential, long disposed) {
    }

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager entityManager;

    @Inject
    org.cctvportal.monitoring.HubService hubs;

    /** Counts of each partner's evidence for the partnership's staff: never an item or a file. */
    public List<Counts> counts() {
        return crossPartner.read(CrossPartnerPath.EVIDENCE_COUNTS, () -> {
            Map<String, String> names = new java.util.HashMap<>();
            for (Object row : entityManager.createNativeQuery("select id, name from partner").getResultList()) {
                names.put(((Object[]) row)[0].toString(), ((Object[]) row)[1].toString());
            }
            return entityManager.createNativeQuery("select partner_id, items, on_hold, evidential, disposed"
                    + " from evidence_counts() order by partner_id").getResultList().stream().map(row -> {
                        Object[] r = (Object[]) row;
                        return new Counts(names.getOrDefault(r[0].toString(), r[0].toString()),
                                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                                ((Number) r[3]).longValue(), ((Number) r[4]).longValue());
                    }).toList();
        });
    }

    /** The partnership's police forces, to share with (id to name). */
    public Map<String, String> policeForces() {
        Supplier<Map<String, String>> read = () -> names("select id, name from partner where kind = 'POLICE_FORCE'"
                + " and status = 'LIVE' order by name");
        return tenant.scope() == org.cctvportal.platform.tenancy.TenantScope.EVIDENCE ? read.get() : vault(read);
    }

    /**
     * Partners an operator may capture for: the partnership's councils (and businesses) that a hub run by the
     * operator's partner serves. The database's insert policy says the same.
     */
    public List<Choice> captureFor() {
        Set<String> served = hubs.servedByMyHubs();
        Supplier<Map<String, String>> read = () -> names("select id, name from partner where kind in"
                + " ('COUNCIL', 'BUSINESS') and status = 'LIVE' order by name");
        Map<String, String> all = tenant.scope() == org.cctvportal.platform.tenancy.TenantScope.EVIDENCE
                ? read.get() : vault(read);
        return all.entrySet().stream().filter(e -> served.contains(e.getKey()))
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    /** Partner names are read in the evidence scope, as the item pages read them. */
    private <T> T vault(Supplier<T> work) {
        return crossPartner.read(CrossPartnerPath.EVIDENCE_CUSTODY, work);
    }

    Map<String, String> partnerNames() {
        return names("select id, name from partner");
    }

    /** The partnership's partners' names as the vault reads them (owners of items shared with the caller, too). */
    Map<String, String> vaultPartnerNames() {
        return tenant.scope() == org.cctvportal.platform.tenancy.TenantScope.EVIDENCE ? partnerNames()
                : vault(this::partnerNames);
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
            names.put(((Object[]) row)[0].toString(), ((Object[]) row)[1].toString());
        }
        return names;
    }
}
