package org.cctvportal.rota;

import io.quarkus.arc.Arc;
import java.time.Instant;
import java.util.UUID;
import org.cctvportal.people.Person;
import org.cctvportal.people.PersonState;
import org.cctvportal.platform.tenancy.TenantContext;

/** Operators for tests: every profile is a person's, so each test operator gets a person of the caller's partner. */
public final class TestOperators {

    private TestOperators() {
    }

    /** Stores {@code profile} for a new person called {@code name} (first word, then the rest). */
    static OperatorProfile add(OperatorService operators, OperatorProfile profile, String name) {
        profile.personId = person(name).id;
        return operators.addOperator(profile, name);
    }

    public static Person person(String name) {
        String partner = Arc.container().instance(TenantContext.class).get().requirePartner();
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.partnerId = partner;
        person.email = person.id + "@test.cctv-portal.test";
        int space = name.indexOf(' ');
        person.firstName = space < 0 ? name : name.substring(0, space);
        person.lastName = space < 0 ? "" : name.substring(space + 1);
        person.roles(java.util.List.of("operator"));
        person.state = PersonState.ACTIVE;
        person.createdAt = Instant.EPOCH;
        person.updatedAt = Instant.EPOCH;
        person.persist();
        return person;
    }

    /** SQL that makes a person of {@code partner} called {@code name} and answers its id (for tests that use SQL). */
    static String personSql(String partner, String name) {
        return "insert into person (id, partner_id, email, first_name, last_name, roles, state, created_at, "
                + "updated_at) values (gen_random_uuid(), '" + partner + "', gen_random_uuid() || '@test.cctv-portal"
                + ".test', '" + name + "', 'Operator', 'operator', 'ACTIVE', now(), now()) returning id";
    }
}
