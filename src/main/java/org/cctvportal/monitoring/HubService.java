package org.cctvportal.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;

/** The partnership's hubs, their staffing plans and the partners they serve. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HubService {

    @Inject
    TenantContext tenant;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager entityManager;

    public List<Hub> hubs() {
        return Hub.byName();
    }

    /** A hub of the caller's partnership; another partnership's is not found. */
    public Hub hub(long id) {
        Hub hub = Hub.findById(id);
        if (hub == null) {
            throw new NotFoundException("No such hub");
        }
        return hub;
    }

    public List<Hub> servingMe() {
        return Hub.servingPartner(tenant.requirePartner());
    }

    /**
     * The partners that the hubs run by the caller's partner serve: those an operator may capture evidence for. A
     * published read for other features, answering partner ids only.
     */
    public java.util.Set<String> servedByMyHubs() {
        String me = tenant.requirePartner();
        java.util.Set<String> served = new java.util.TreeSet<>();
        for (Hub hub : hubs()) {
            if (hub.operatorPartnerId.equals(me)) {
                served.addAll(hub.servedPartners);
            }
        }
        return served;
    }

    public boolean operates(Hub hub) {
        return hub.operatorPartnerId.equals(tenant.partnerId());
    }

    public List<HubStaffing> staffingPlan(Hub hub) {
        return HubStaffing.planOf(hub.id);
    }

    /** The hub's capacity (cameras) at each hour of the week, Monday 00:00 first, from the staffing plan. */
    public int[] weeklyCapacity(Hub hub) {
        int[] capacity = new int[7 * 24];
        for (HubStaffing band : staffingPlan(hub)) {
            for (int hour = band.startHour; hour < band.endHour; hour++) {
                int slot = (band.weekday - 1) * 24 + hour;
                capacity[slot] = Math.max(capacity[slot], Math.min(band.consoles, hub.consoles)
                        * hub.camerasPerOperator);
            }
        }
        return capacity;
    }

    /**
     * Names of the partners the hub serves, as far as the caller may read them: the operator and the PCC office read
     * the partnership's directory through their named paths; anyone else sees its own partner and a count.
     */
    public Map<String, String> servedPartnerNames(Hub hub) {
        return servedPartnerNames(hub.servedPartners);
    }

    Map<String, String> servedPartnerNames(java.util.Set<String> servedPartners) {
        CrossPartnerPath path = identity.hasRole(Roles.HUB_SUPERVISOR) || identity.hasRole(Roles.OPERATOR)
                ? CrossPartnerPath.HUB_BOOKINGS
                : identity.hasRole(Roles.PARTNERSHIP_ADMIN) || identity.hasRole(Roles.PCC_ANALYST)
                        ? CrossPartnerPath.PARTNER_DIRECTORY
                        : identity.hasRole(Roles.PARTNER_MANAGER) && tenant.hasPartner()
                                && !Hub.operatedBy(tenant.partnerId()).isEmpty()
                                ? CrossPartnerPath.HUB_ADMINISTRATION : null;
        Map<String, String> names = new LinkedHashMap<>();
        if (path == null) {
            servedPartners.forEach(id -> names.put(id, id.equals(tenant.partnerId()) ? "Your partner" : null));
            return names;
        }
        Map<String, String> directory = crossPartner.read(path, this::partnerNames);
        servedPartners.stream().sorted((a, b) -> directory.getOrDefault(a, a).compareTo(directory.getOrDefault(b, b)))
                .forEach(id -> names.put(id, directory.getOrDefault(id, id)));
        return names;
    }

    /** The partnership's partner names, id to name, for the operator running its hubs (its named path). */
    Map<String, String> partnerNamesAsOperator() {
        return crossPartner.read(CrossPartnerPath.HUB_ADMINISTRATION, this::partnerNames);
    }

    /** The partnership's councils, businesses and police forces, id to name: those a hub may serve. */
    @SuppressWarnings("unchecked")
    Map<String, String> servable() {
        return crossPartner.read(CrossPartnerPath.HUB_ADMINISTRATION, () -> {
            Map<String, String> names = new LinkedHashMap<>();
            List<Object[]> rows = entityManager.createNativeQuery("select id, name from partner where kind in"
                    + " ('COUNCIL', 'BUSINESS', 'POLICE_FORCE') and status not in ('WITHDRAWN') order by name")
                    .getResultList();
            rows.forEach(row -> names.put((String) row[0], (String) row[1]));
            return names;
        });
    }

    @SuppressWarnings("unchecked")
    Map<String, String> partnerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery("select id, name from partner order by name")
                .getResultList();
        rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
