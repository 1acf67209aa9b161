package org.cctvportal.specification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** What every rule of a version has: its id (one sequence for all rule tables), partnership and version. */
@MappedSuperclass
public abstract class SpecRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spec_rule_seq")
    @SequenceGenerator(name = "spec_rule_seq", sequenceName = "spec_rule_seq", allocationSize = 50)
    public Long id;

    @Column(name = "partnership_id")
    public String partnershipId;

    @Column(name = "version_id")
    public Long versionId;

    /** A copy of this rule for another version (a new draft starts as a copy of the ratified one). */
    abstract SpecRule copyInto(SpecificationVersion version);

    <T extends SpecRule> T placeIn(T rule, SpecificationVersion version) {
        rule.partnershipId = version.partnershipId;
        rule.versionId = version.id;
        return rule;
    }
}
