package org.cctvportal.people;

/**
 * Fired once, on an invited person's first request, after their record became active (that change is already
 * written): whoever tells their partner (notifications) reacts in the same request, as the newly active person.
 */
public record InvitationAccepted(String keycloakId) {
}
