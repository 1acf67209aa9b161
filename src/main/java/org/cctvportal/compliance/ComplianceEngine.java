package org.cctvportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctvportal.estate.EstateChanged;
import org.cctvportal.platform.tenancy.TenantContext;
import org.jboss.logging.Logger;

/**
 * Holds the estate to the ratified specification. The work is done in PostgreSQL, set-based, by two functions that
 * take their reach from the session (see V5__create_compliance.sql): the whole partnership when a version is
 * ratified, and just the changed assets of the caller's own estate when it changes. Both run in the caller's
 * transaction, so a change and its findings commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplianceEngine {

    private static final Logger LOG = Logger.getLogger(ComplianceEngine.class);

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenant;

    @Inject
    jakarta.enterprise.event.Event<FindingsRaised> findingsRaised;

    /** What one evaluation did. */
    public record Evaluation(long raised, long changed, long closed) {
        public String describe() {
            return raised + " findings raised, " + changed + " changed, " + closed + " closed";
        }
    }

    /** Every camera and recorder of every partner of the caller's partnership, against its ratified version. */
    public Evaluation evaluatePartnership() {
        entityManager.flush();
        return result(entityManager.createNativeQuery("select * from compliance_evaluate_partnership()")
                .getSingleResult());
    }

    /** The partners of the caller's partnership the engine evaluates, in the order an evaluation goes through them. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> partnersToEvaluate() {
        return ((java.util.List<Object>) entityManager.createNativeQuery(
                "select * from compliance_evaluation_partners()").getResultList()).stream().map(Object::toString)
                .toList();
    }

    /**
     * Every camera and recorder of one partner of the caller's partnership, against its ratified version; the
     * partner's new findings are told ({@link FindingsRaised}) in the same transaction.
     */
    public Evaluation evaluatePartner(String partnerId) {
        entityManager.flush();
        Evaluation evaluation = result(entityManager.createNativeQuery(
                "select * from compliance_evaluate_partner(?1)").setParameter(1, partnerId).getSingleResult());
        if (evaluation.raised() > 0) {
            findingsRaised.fire(new FindingsRaised(partnerId, evaluation.raised()));
        }
        return evaluation;
    }

    /**
     * Assets of the caller's own estate: these cameras and recorders, and those at these sites. New findings are
     * told ({@link FindingsRaised}) in the same transaction.
     */
    public Evaluation evaluateAssets(Set<Long> sites, Set<Long> cameras, Set<Long> recorders) {
        entityManager.flush();
        Evaluation evaluation = result(entityManager.createNativeQuery("select * from compliance_evaluate_assets("
                + "cast(?1 as bigint[]), cast(?2 as bigint[]), cast(?3 as bigint[]))")
                .setParameter(1, array(sites)).setParameter(2, array(cameras)).setParameter(3, array(recorders))
                .getSingleResult());
        if (evaluation.raised() > 0 && tenant.hasPartner()) {
            findingsRaised.fire(new FindingsRaised(tenant.partnerId(), evaluation.raised()));
        }
        return evaluation;
    }

    /** PostgreSQL's text form of an array of ids, cast to bigint[] in the query. */
    static String array(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    void onEstateChanged(@Observes EstateChanged change) {
        Evaluation evaluation = evaluateAssets(change.sites(), change.cameras(), change.recorders());
        LOG.debugf("Re-evaluated changed assets: %s", evaluation.describe());
    }

    private static Evaluation result(Object row) {
        Object[] columns = (Object[]) row;
        return new Evaluation(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(),
                ((Number) columns[2]).longValue());
    }
}
