package org.cctvportal.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;
import java.util.List;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * The partnership's tariffs: every partner reads them; the monitoring operator's managers set them (row-level
 * security lets only the operator write). A tariff starts today or later, so hours already delivered keep their
 * price; setting one for a kind and day that already has one replaces its rates. A tariff not started yet may be
 * withdrawn (deleted); one in force or past stays, as hours were or are being charged at it. Each change is audited.
 */
@ApplicationScoped
@Transactional
public class TariffService {

    @Inject
    TenantContext tenant;

    @Inject
    HubAdministration administration;

    @Inject
    BookingService bookings;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tariff> all() {
        return Tariff.all();
    }

    /** Whether the caller may set tariffs: a manager of the operator (the pages offer the form only then). */
    public boolean maySet() {
        return administration.runsHubs();
    }

    /** Refuses a partner that runs no hubs, as not found: the form does not exist for it. */
    public void requireOperator() {
        if (!maySet()) {
            throw new NotFoundException("Only the monitoring operator sets tariffs");
        }
    }

    /** Today, London. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.time.LocalDate today() {
        return bookings.today();
    }

    /** The form's command read against today (London). */
    public TariffForm.Command read(java.util.Map<String, String> values) {
        return TariffForm.read(values, bookings.today());
    }

    public Tariff set(TariffForm.Command command) {
        requireOperator();
        Tariff tariff = Tariff.startingOn(command.kind(), command.effectiveFrom()).orElse(null);
        boolean replacing = tariff != null;
        if (tariff == null) {
            tariff = new Tariff();
            tariff.partnershipId = tenant.partnershipId();
            tariff.customerKind = command.kind();
            tariff.effectiveFrom = command.effectiveFrom();
        }
        tariff.basis = command.basis();
        tariff.dayPence = command.dayPence();
        tariff.nightPence = command.nightPence();
        tariff.weekendPence = command.weekendPence();
        tariff.setBy = identity.getPrincipal().getName();
        tariff.setAt = clock.instant();
        tariff.persist();
        Tariff.getEntityManager().flush();
        audit.record(replacing ? "tariff.replaced" : "tariff.set", "monitoring_tariff", tariff.id.toString(),
                (replacing ? "Replaced" : "Set") + " the " + tariff.customerKind.label().toLowerCase() + " tariff from "
                        + Formats.day(tariff.effectiveFrom) + ": day " + tariff.dayPence + "p, night " + tariff.nightPence
                        + "p, weekend " + tariff.weekendPence + "p " + tariff.basis.label());
        return tariff;
    }

    /** One of the partnership's tariffs for its operator's manager to withdraw; another's, or none, is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tariff forOperator(Long id) {
        requireOperator();
        Tariff tariff = id == null ? null : Tariff.findById(id);
        if (tariff == null) {
            throw new NotFoundException("No such tariff");
        }
        return tariff;
    }

    /** Whether a tariff has started (today or earlier, London): it is in force or past, and stays. */
    public boolean started(Tariff tariff) {
        return !tariff.effectiveFrom.isAfter(bookings.today());
    }

    /** Why a started tariff cannot be deleted, and what to do instead. */
    public static String refusal(Tariff tariff) {
        return "The " + tariff.customerKind.label().toLowerCase() + " tariff from " + Formats.day(tariff.effectiveFrom)
                + " has started, so it cannot be deleted: hours are charged at it. To change the price, set a new"
                + " tariff from a later date";
    }

    /** Withdraws a tariff that has not started yet: until the next one, the tariff before it applies again. */
    public void withdraw(Long id) {
        Tariff tariff = forOperator(id);
        if (started(tariff)) {
            throw new InvalidInputException(new FormErrors().add("tariff", refusal(tariff)));
        }
        String what = "the " + tariff.customerKind.label().toLowerCase() + " tariff from "
                + Formats.day(tariff.effectiveFrom) + ": day " + tariff.dayPence + "p, night " + tariff.nightPence
                + "p, weekend " + tariff.weekendPence + "p " + tariff.basis.label();
        tariff.delete();
        Tariff.getEntityManager().flush();
        audit.record("tariff.withdrawn", "monitoring_tariff", id.toString(), "Withdrew " + what);
    }
}
