package org.cctvportal.specification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cctvportal.platform.audit.AuditService;

/**
 * Throws a draft specification away with its rules. Only a draft: the database refuses deleting any other version
 * (specification_version_frozen), and the rules of a ratified version never change.
 */
@ApplicationScoped
@Transactional
public class DraftDiscard {

    /** The rule tables, those that refer to another first. */
    private static final List<String> RULES = List.of("spec_standard_maker", "spec_standard", "spec_min_resolution",
            "spec_flagged_maker", "spec_approved_product", "spec_supported_os");

    @Inject
    SpecificationService specification;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    /** Deletes the draft and every rule of it; a version that is not a draft stays as it is. */
    public void discard(long id) {
        SpecificationVersion draft = specification.version(id);
        if (!draft.isDraft()) {
            throw new SpecificationConflict("discard", draft.title() + " is "
                    + draft.status.label().toLowerCase(java.util.Locale.ROOT) + ": only a draft can be discarded");
        }
        String title = draft.title();
        for (String table : RULES) {
            entityManager.createNativeQuery("delete from " + table + " where version_id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        draft.delete();
        SpecificationVersion.flush();
        audit.record("specification.draft-discarded", "specification-version", Long.toString(id),
                "Discarded " + title + " of the specification, a draft");
    }
}
