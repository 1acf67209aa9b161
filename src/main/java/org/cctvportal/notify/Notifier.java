package org.cctvportal.notify;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cctvportal.people.PersonRef;

/**
 * Posts a notification to people in the caller's transaction: for each, the bell's row and, when they take the kind
 * at once, the e-mail in the outbox (the database's {@code notify_post}, which also checks that each person's partner
 * is of the caller's partnership). Nothing is sent here: the sender sends the outbox after the change commits, and a
 * change that rolls back takes its notifications with it.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    EntityManager entityManager;

    @Inject
    Engine engine;

    @Inject
    NotifyConfig config;

    @Inject
    Clock clock;

    /**
     * One thing that happened: its kind, a key naming the thing (a person is told of it once), the portal path its
     * link opens and what the templates say about it (never a data subject's details or an evidence title).
     */
    public record Notice(NotificationKind kind, String key, String path, Map<String, Object> data) {
    }

    /** Posts {@code notice} to each of {@code people}; answers how many were told for the first time. */
    public int post(Notice notice, List<PersonRef> people) {
        int posted = 0;
        for (PersonRef person : people) {
            Rendered mail = render(notice, person);
            Object chosen = entityManager.createNativeQuery("select notify_post(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                    + " ?10, ?11, ?12)")
                    .setParameter(1, person.id()).setParameter(2, person.partnerId()).setParameter(3, person.email())
                    .setParameter(4, notice.kind().name()).setParameter(5, notice.kind().name() + ":" + notice.key())
                    .setParameter(6, notice.kind().security()).setParameter(7, mail.sentence())
                    .setParameter(8, notice.path()).setParameter(9, mail.subject()).setParameter(10, mail.text())
                    .setParameter(11, mail.html()).setParameter(12, Timestamp.from(clock.instant()))
                    .getSingleResult();
            if (!"".equals(chosen)) {
                posted++;
            }
        }
        return posted;
    }

    /** An e-mail's parts. */
    public record Rendered(String subject, String sentence, String text, String html) {
    }

    Rendered render(Notice notice, PersonRef person) {
        String name = "notify/mail/" + notice.kind().template();
        Template text = engine.getTemplate(name + ".txt");
        Template html = engine.getTemplate(name + ".html");
        if (text == null || html == null) {
            throw new IllegalStateException("no e-mail templates for " + notice.kind());
        }
        String subject = with(text.getFragment("subject").instance(), notice, person).render().strip();
        String sentence = with(text.getFragment("sentence").instance(), notice, person).render().strip();
        return new Rendered(subject, sentence,
                with(text.instance(), notice, person).data("sentence", sentence).render(),
                with(html.instance(), notice, person).render());
    }

    private TemplateInstance with(TemplateInstance instance, Notice notice, PersonRef person) {
        notice.data().forEach(instance::data);
        return instance.data("firstName", person.firstName()).data("link", config.baseUrl() + notice.path())
                .data("preferences", config.baseUrl() + NotifyLinks.preferences())
                .data("kind", notice.kind().label()).data("security", notice.kind().security()).data("digest", false);
    }
}
