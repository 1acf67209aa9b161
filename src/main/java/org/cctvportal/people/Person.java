package org.cctvportal.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The portal's record of one person it manages in Keycloak. Unlike other partner-owned rows it carries no Hibernate
 * tenant id: a partnership admin manages the people of every partner of the partnership, so the partner is chosen
 * (and checked by {@link PeopleService}) rather than taken from the caller. The database still bounds every read and
 * write: a partner's own rows, or its partnership's rows for the PCC office (V21's policies).
 */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_id", updatable = false)
    public String partnerId;

    @Column(updatable = false)
    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** The realm roles the portal gave, comma-separated. */
    @Column(name = "roles")
    public String roleList;

    @Enumerated(EnumType.STRING)
    public PersonState state;

    @Column(name = "keycloak_id")
    public String keycloakId;

    /** Whether the last invitation e-mail reached the mail server. */
    @Column(name = "invitation_sent")
    public boolean invitationSent;

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Set when the person's partner withdrew, until Keycloak has disabled the account and ended its sessions. */
    @Column(name = "account_to_disable")
    public boolean accountToDisable;

    @Version
    public int version;

    public List<String> roles() {
        return roleList == null || roleList.isBlank() ? List.of() : Arrays.asList(roleList.split(","));
    }

    public void roles(List<String> roles) {
        roleList = String.join(",", roles);
    }

    public String name() {
        return firstName + " " + lastName;
    }

    public static List<Person> ofPartner(String partnerId) {
        return list("partnerId = ?1 order by lower(lastName), lower(firstName)", partnerId);
    }

    public static Optional<Person> byEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }
}
