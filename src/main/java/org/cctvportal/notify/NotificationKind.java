package org.cctvportal.notify;

/**
 * What a notification is about. Each kind has its e-mail templates ({@code notify/mail/<template>.txt} and
 * {@code .html}: a sentence and a link, never footage, a data subject's details or an evidence title) and a choice
 * per person (at once, a daily digest, off), except security mail, which is always sent at once.
 */
public enum NotificationKind {

    BOOKING_REQUESTED("A booking is requested at your hub", "Your hub's supervisors, when a partner asks it to watch"),
    BOOKING_DECIDED("A booking is approved or declined", "Your partner's managers, when a hub decides its booking"),
    EVIDENCE_SHARED("Evidence is shared with your force", "Your force's evidence officers"),
    SHARE_EXPIRING("An evidence share you made ends soon", "The person who shared it, three days before it ends"),
    SAR_DUE("A subject access request is due or overdue",
            "Your partner's managers, within five working days of the due date and once it is overdue"),
    LICENCE_EXPIRING("An SIA licence expires within 30 days", "The operator's managers and supervisors"),
    SWITCH_OFF_RAISED("A switch-off notice is raised", "The partnership admins"),
    SPECIFICATION_RATIFIED("A new specification is ratified", "Every partner's managers"),
    WEBHOOK_FAILING("A webhook's deliveries keep failing", "Your partner's managers"),
    JOB_ENDED("Long work you started has finished or stopped", "The person who started it (an import, say)"),
    INVITATION_ACCEPTED("Someone you invited starts using the portal",
            "Your partner's managers: a new account at your partner (security mail, always sent)", true);

    private final String label;
    private final String whoGetsIt;
    private final boolean security;

    NotificationKind(String label, String whoGetsIt) {
        this(label, whoGetsIt, false);
    }

    NotificationKind(String label, String whoGetsIt, boolean security) {
        this.label = label;
        this.whoGetsIt = whoGetsIt;
        this.security = security;
    }

    public String label() {
        return label;
    }

    public String whoGetsIt() {
        return whoGetsIt;
    }

    /** Security mail cannot be turned off or put in a digest. */
    public boolean security() {
        return security;
    }

    /** The templates' name: {@code booking-requested} for {@code BOOKING_REQUESTED}. */
    public String template() {
        return name().toLowerCase().replace('_', '-');
    }
}
