package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rota publishes about SIA licences running out (notifications' daily scan): the caller's partner's active
 * operators whose licence ends between two days.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LicencesExpiring {

    public record Expiring(long profileId, LocalDate expires) {
    }

    public List<Expiring> between(LocalDate from, LocalDate to) {
        return OperatorProfile.<OperatorProfile>list("active = true and siaExpires >= ?1 and siaExpires <= ?2"
                + " order by siaExpires, id", from, to).stream().map(p -> new Expiring(p.id, p.siaExpires)).toList();
    }
}
