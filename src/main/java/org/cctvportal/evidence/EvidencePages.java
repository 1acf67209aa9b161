package org.cctvportal.evidence;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The evidence vault's item pages: the list, a new item, one item. The owning partner's managers and evidence
 * officers, the operator who captured an item and a police force it is shared with reach items; the partnership's
 * staff see counts only. An item's files are in {@link EvidenceFilePages}, the decisions taken on it in
 * {@link EvidenceDecisionPages}, its custody log in {@link EvidenceCustodyPages}; all answer under {@code /evidence}
 * and share the templates of {@link EvidenceTemplates}.
 */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidencePages {

    static final String MANAGER = Roles.PARTNER_MANAGER;
    static final String OFFICER = Roles.EVIDENCE_OFFICER;
    static final String OPERATOR = Roles.OPERATOR;
    static final String AUDITOR = Roles.AUDITOR;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidencePartners evidencePartners;

    @Inject
    CurrentUser user;

    @Inject
    EvidenceIntegrity integrity;

    @Inject
    ItemPage page;

    @Inject
    FormRedisplay forms;

    @Inject
    EvidenceFigures figures;

    @Inject
    java.time.Clock clock;

    /** The items the caller reaches, or (for the partnership's staff) the counts. */
    public record ListView(List<EvidenceService.Reached> items, List<EvidencePartners.Counts> counts,
            boolean showsCounts, boolean showsItems, boolean canCreate, List<EvidenceIntegrity.Alert> alerts,
            boolean sharesEndingOnly, boolean sendsPackages) {
    }

    /** The new-item form. */
    public record NewView(Map<String, String> values, FormErrors errors, List<Choice> categories,
            List<Choice> partners, boolean forOtherPartner) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** One item; errors and values belong to the form named by {@code form}. */
    public record DetailView(EvidenceService.Detail detail, List<Choice> police, String form, FormErrors errors,
            Map<String, String> values, String saved) {
        public EvidenceItem item() {
            return detail.item();
        }

        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public FormErrors errorsOf(String name) {
            return name.equals(form) ? errors : new FormErrors();
        }

        public boolean manages() {
            return detail.reach().manages();
        }

        public boolean mayUpload() {
            return detail.reach().mayUpload() && detail.item().isOpen();
        }

        public String partner(String id) {
            return detail.partnerNames().getOrDefault(id, id);
        }

        /** A share's last day, as the form took it: it ends at the start of the next London day. */
        public String lastDayOf(EvidenceShare share) {
            return "End of " + Formats.day(ShareRetention.lastDay(share));
        }

        public String shareHint() {
            EvidenceItem item = item();
            String kept = item.evidential || item.legalHold || item.retainUntil == null ? ""
                    : ". The footage is kept until " + Formats.day(item.retainUntil) + " unless marked evidential";
            return "The force can open the evidence until then, unless the share is revoked" + kept;
        }

        public String holdReasonLabel() {
            return item().legalHold ? "Reason for releasing the hold" : "Reason for the legal hold";
        }
    }

    /** The upload page. */
    public record UploadView(EvidenceItem item, List<EvidenceFile> masters, String limit, String formats) {
    }

    /** The custody log, and the outcome of a verification when one was just run. */
    public record CustodyView(EvidenceItem item, EvidenceService.CustodyPage custody,
            EvidenceVerification.Verification verification, boolean seesItem, boolean verifies) {
        /** The page's events as the page lists them, repeated views folded into one line each. */
        public List<CustodyLogLines.Line> lines() {
            return CustodyLogLines.of(custody.events());
        }

        /** The log's address up to its page number, for the pager. */
        public String pageLink() {
            return EvidenceLinks.evidenceAction(item.id, "custody") + "?page=";
        }
    }

    @GET
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR, Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    public TemplateInstance list(@QueryParam("shares") String shares) {
        boolean counts = user.hasRole(Roles.PARTNERSHIP_ADMIN) || user.hasRole(Roles.PCC_ANALYST);
        boolean creates = user.hasRole(MANAGER) || user.hasRole(OFFICER) || user.hasRole(OPERATOR);
        boolean reaches = creates || user.hasRole(AUDITOR);
        boolean alerts = user.hasRole(MANAGER) || user.hasRole(OFFICER) || user.hasRole(AUDITOR);
        boolean ending = reaches && "ending".equalsIgnoreCase(shares == null ? "" : shares.strip());
        List<EvidenceService.Reached> items = reaches ? evidence.items() : List.of();
        if (ending) {
            java.util.Set<Long> ids = figures.itemsWithSharesEnding(user.partnerId(), clock.instant());
            items = items.stream().filter(r -> ids.contains(r.item().id)).toList();
        }
        return EvidenceTemplates.list(new ListView(items, counts ? evidencePartners.counts() : List.of(), counts,
                reaches, creates, alerts ? integrity.alerts(50) : List.of(), ending,
                user.hasRole(MANAGER) || user.hasRole(OFFICER)));
    }

    @GET
    @Path("new")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public TemplateInstance newItem() {
        return EvidenceTemplates.create(newView(Map.of(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response create(@BeanParam NewItemForm form) {
        forms.onInvalid(errors -> EvidenceTemplates.create(newView(form.values(), errors)));
        return ItemPage.seeOther(EvidenceLinks.evidenceItem(evidence.create(form).id) + "?saved=created");
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return EvidenceTemplates.detail(page.detailView(evidence.view(id), "", new FormErrors(), Map.of(), saved));
    }

    private NewView newView(Map<String, String> values, FormErrors errors) {
        boolean other = !user.hasRole(MANAGER) && !user.hasRole(OFFICER);
        return new NewView(values, errors, Arrays.stream(EvidenceItem.Category.values())
                .map(c -> new Choice(c.name(), c.label())).toList(),
                other ? evidencePartners.captureFor() : List.of(), other);
    }
}
