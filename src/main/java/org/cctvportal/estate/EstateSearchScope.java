package org.cctvportal.estate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cctvportal.platform.search.SearchTerm;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Whose estate the search box reads. A partner's people read their own partner's; the PCC office (partnership admin,
 * analyst) reads every partner's of its partnership, as its camera list across partners does, read-only through
 * {@link CrossPartnerPath#PARTNERSHIP_DASHBOARD}. Row-level security bounds that read to the partnership; its partners
 * are named in the query as well, so that PostgreSQL can use the search indexes (docs/benchmarks.md, "Search").
 */
@ApplicationScoped
class EstateSearchScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager entityManager;

    /** The partners a search reads (id to name) and whether they are the partnership's rather than the caller's own. */
    record Reach(Map<String, String> partners, boolean across, String own) {

        /** The HQL condition on the alias {@code x} naming the partners read: none for the caller's own partner. */
        String condition() {
            return across ? " and x.partnerId in :partners" : "";
        }

        /** The query's parameters: the term, and the partners when they are named. */
        Map<String, Object> params(SearchTerm term) {
            Map<String, Object> params = new HashMap<>();
            params.put("q", term.like());
            if (across) {
                params.put("partners", List.copyOf(partners.keySet()));
            }
            return params;
        }

        String name(String partnerId) {
            return partners.getOrDefault(partnerId, partnerId);
        }

        /** Whether a record is the caller's own partner's, whose pages the caller may open. */
        boolean own(String partnerId) {
            return partnerId.equals(own);
        }
    }

    boolean acrossPartnership() {
        return identity.hasRole(Roles.PARTNERSHIP_ADMIN) || identity.hasRole(Roles.PCC_ANALYST);
    }

    /** Runs a search's query in the caller's reach. */
    <T> T read(Function<Reach, T> work) {
        String own = tenant.requirePartner();
        if (acrossPartnership()) {
            return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, () -> work.apply(new Reach(
                    names("select id, name from partner where partnership_id = ?1", tenant.partnershipId()), true,
                    own)));
        }
        return work.apply(new Reach(names("select id, name from partner where id = ?1", own), false, own));
    }

    private Map<String, String> names(String sql, String parameter) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList()) {
            names.put(((Object[]) row)[0].toString(), ((Object[]) row)[1].toString());
        }
        return names;
    }
}
