package org.cctvportal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cctvportal.people.PersonDirectory;
import org.cctvportal.people.PersonRef;
import org.cctvportal.platform.SqlReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;

/**
 * The signed-in person's own notifications and choices. The partner's rows are bounded by Hibernate's tenant and the
 * database's policies; among them, a person reaches only their own (another person's is not found).
 */
@ApplicationScoped
@Transactional
public class Notifications {

    static final int SHOWN = 50;

    @Inject
    PersonDirectory people;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenant;

    /** The signed-in person, when the portal keeps a record of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonRef> me() {
        return people.person();
    }

    /** The newest notifications of the signed-in person. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> mine() {
        return me().map(p -> Notification.<Notification>find("personId = ?1 order by createdAt desc, id", p.id())
                .page(0, SHOWN).list()).orElse(List.of());
    }

    /**
     * How many of the signed-in person's notifications are unread: the header's count on every page. Sent as SQL over
     * JDBC on the request's connection, the partner named as Hibernate's tenant predicate named it (row-level security
     * still bounds the rows): Hibernate keeps no plan for an HQL query while the tenant's filters are enabled, and
     * builds a native query's result mapping afresh each time, both on every page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        return people.signedInId().map(id -> SqlReads.first(entityManager, "select count(*) from notification n"
                + " where n.partner_id = ? and n.person_id = ? and n.read_at is null", row -> row.getLong(1), 0L,
                tenant.requirePartner(), id)).orElse(0L);
    }

    /** Marks one of the signed-in person's notifications read; another's, or an unknown id, is not found. */
    public Notification markRead(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        PersonRef me = me().orElseThrow(NotFoundException::new);
        Notification notification = Notification.findById(uuid);
        if (notification == null || !notification.personId.equals(me.id())) {
            throw new NotFoundException();
        }
        if (notification.readAt == null) {
            notification.readAt = clock.instant();
        }
        return notification;
    }

    /** Marks every notification of the signed-in person read; answers how many were unread. */
    public int markAllRead() {
        return me().map(p -> Notification.update("readAt = ?1 where personId = ?2 and readAt is null",
                clock.instant(), p.id())).orElse(0);
    }

    /** The signed-in person's choice for each kind (at once where none was made; security mail always at once). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NotificationKind, Delivery> choices() {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, Delivery.NOW);
        }
        me().ifPresent(p -> NotificationPreference.<NotificationPreference>list("key.personId", p.id())
                .forEach(choice -> {
                    NotificationKind kind = NotificationKind.valueOf(choice.key.kind());
                    if (!kind.security()) {
                        choices.put(kind, choice.choice);
                    }
                }));
        return choices;
    }

    /**
     * Saves the signed-in person's choices, one per kind that can be chosen; refused with nothing changed when one is
     * missing or not a choice.
     */
    public void choose(Map<String, String> form) {
        PersonRef me = me().orElseThrow(() -> new org.cctvportal.platform.web.InvalidInputException(new FormErrors()
                .add("choices", "Your account has no record in the portal yet, so it has no choices to keep")));
        FormErrors errors = new FormErrors();
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.security()) {
                continue;
            }
            String value = form.get(kind.name());
            try {
                chosen.put(kind, Delivery.valueOf(value == null ? "" : value.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(kind.name(), "Select how you get notifications of this kind");
            }
        }
        errors.throwIfAny();
        chosen.forEach((kind, delivery) -> {
            NotificationPreference row = NotificationPreference.findById(
                    new NotificationPreference.Key(me.id(), kind.name()));
            if (row == null) {
                row = new NotificationPreference();
                row.key = new NotificationPreference.Key(me.id(), kind.name());
                row.choice = delivery;
                row.persist();
            } else {
                row.choice = delivery;
            }
        });
    }
}
