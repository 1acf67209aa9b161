package org.cctvportal.platform.tenancy;

/** The signed-in account carries no partner or partnership claim, so the portal refuses to act for it. */
public class NoPartnerException extends RuntimeException {
    public NoPartnerException() {
        super("This account is not linked to a partner of a partnership");
    }
}
