package org.cctvportal.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.platform.jobs.JobRuns;
import org.jboss.logging.Logger;

/**
 * Sends the outbox after the changes that wrote it have committed, on every replica at once: each claims its own
 * rows (see {@link Outbox}), sends them with the mailer and marks each sent or failed. When the mail server is away
 * every attempt fails and the e-mails wait, each longer than the last, until it answers again.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    NotifyConfig config;

    @Scheduled(identity = "send-mail", every = "${portal.notify.send-every}", delayed = "${portal.notify.send-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue(JobRuns.INSTANCE);
    }

    /** Claims and sends what is due as {@code sender}; answers how many were sent. */
    @ActivateRequestContext
    public int sendDue(String sender) {
        int sent = 0;
        List<Outbox.Claimed> claimed;
        do {
            claimed = outbox.claim(sender, config.batch());
            for (Outbox.Claimed mail : claimed) {
                if (send(mail, sender)) {
                    sent++;
                }
            }
        } while (claimed.size() == config.batch());
        return sent;
    }

    private boolean send(Outbox.Claimed mail, String sender) {
        try {
            mailer.send(Mail.withText(mail.recipient(), mail.subject(), mail.text()).setHtml(mail.html())
                    .setFrom(config.from()).addHeader("Message-ID", mail.messageId()));
        } catch (RuntimeException e) {
            LOG.warnf("E-mail %s not sent (attempt %d): %s", mail.id(), mail.attempts(), e.getMessage());
            outbox.failed(mail, sender, e.getMessage());
            return false;
        }
        if (!outbox.sent(mail, sender)) {
            LOG.warnf("E-mail %s was sent after its lease had passed to another sender", mail.id());
        }
        return true;
    }
}
