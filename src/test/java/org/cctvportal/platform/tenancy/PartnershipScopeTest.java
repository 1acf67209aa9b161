package org.cctvportal.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.partner.Partner;
import org.junit.jupiter.api.Test;

/**
 * The mechanism under the named cross-partner reads, against the real database: the partnership scope sees every
 * partner of the caller's partnership and no other, and the database refuses any write made in it.
 */
@QuarkusTest
class PartnershipScopeTest {

    @Inject
    TenantContext context;

    @Inject
    CrossPartnerReads reads;

    @Test
    void thePartnershipScopeSeesItsOwnPartnershipOnly() {
        List<Partner> partners = context.asPartner("as-opcc", "avon-somerset",
                () -> reads.inPartnershipScope(Partner::listByName));
        assertTrue(partners.stream().allMatch(p -> p.partnershipId.equals("avon-somerset")));
        assertTrue(partners.stream().anyMatch(p -> p.id.equals("as-bristol")));
    }

    @Test
    void thePartnerScopeSeesOnlyTheCallersOwnPartner() {
        List<Partner> partners = context.asPartner("tv-cherwell", "thames-valley",
                () -> QuarkusTransaction.requiringNew().call(Partner::listByName));
        assertEquals(List.of("tv-cherwell"), partners.stream().map(p -> p.id).toList());
    }

    @Test
    void theDatabaseRefusesWritesInThePartnershipScope() {
        context.asPartner("tv-opcc", "thames-valley", () -> {
            assertThrows(RuntimeException.class, () -> reads.inPartnershipScope(
                    () -> Partner.update("name = 'Renamed' where id = 'tv-opcc'")));
            return null;
        });
        String name = context.asPartner("tv-opcc", "thames-valley",
                () -> QuarkusTransaction.requiringNew().call(() -> Partner.<Partner>findById("tv-opcc").name));
        assertEquals("Office of the Police and Crime Commissioner for Thames Valley", name);
    }
}
