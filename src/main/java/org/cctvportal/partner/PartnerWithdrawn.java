package org.cctvportal.partner;

import java.time.LocalDate;

/**
 * A partner has withdrawn from its partnership: fired in the transaction of the change, so an observer (the switch-off
 * notices) acts in it too, under the PCC office that made the change.
 */
public record PartnerWithdrawn(String partnerId, String partnerName, LocalDate effective) {
}
