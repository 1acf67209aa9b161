package org.cctvportal.assurance;

import java.time.LocalDate;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The assurance registers' forms as posted, bound with {@code @BeanParam}: text comes stripped, dates from their GOV.UK
 * inputs. The registers check them against what they hold (a reference already used, a site that is not the
 * partner's), so each message keeps its place in the error summary.
 */
final class AssuranceForms {

    private AssuranceForms() {
    }

    /** A partner manager's assessment of one principle of the Surveillance Camera Code. */
    public record AssessmentForm(@RestForm String status, @RestForm String evidence,
            @RestForm("review-day") String reviewDay, @RestForm("review-month") String reviewMonth,
            @RestForm("review-year") String reviewYear) {

        LocalDate review(boolean required, FormErrors errors) {
            return FormFields.date("review", "review date", required, reviewDay, reviewMonth, reviewYear, errors);
        }

        Map<String, String> values() {
            return FormFields.echo("status", FormFields.text(status), "evidence", FormFields.text(evidence),
                    "review-day", FormFields.text(reviewDay), "review-month", FormFields.text(reviewMonth),
                    "review-year", FormFields.text(reviewYear));
        }
    }

    /** A data protection impact assessment, new or changed. */
    public record DpiaForm(@RestForm String reference, @RestForm String title, @RestForm String owner,
            @RestForm String notes, @RestForm String status, @RestForm("approved-day") String approvedDay,
            @RestForm("approved-month") String approvedMonth, @RestForm("approved-year") String approvedYear,
            @RestForm("review-day") String reviewDay, @RestForm("review-month") String reviewMonth,
            @RestForm("review-year") String reviewYear, @RestForm String site, @RestForm String cameras) {

        LocalDate approved(boolean required, FormErrors errors) {
            return FormFields.date("approved", "date the DPIA was approved", required, approvedDay, approvedMonth,
                    approvedYear, errors);
        }

        LocalDate review(FormErrors errors) {
            return FormFields.date("review", "date the DPIA must be reviewed by", true, reviewDay, reviewMonth,
                    reviewYear, errors);
        }

        Map<String, String> values() {
            return FormFields.echo("reference", FormFields.text(reference), "title", FormFields.text(title),
                    "owner", FormFields.text(owner), "notes", FormFields.text(notes), "status", FormFields.text(status),
                    "approved-day", FormFields.text(approvedDay), "approved-month", FormFields.text(approvedMonth),
                    "approved-year", FormFields.text(approvedYear), "review-day", FormFields.text(reviewDay),
                    "review-month", FormFields.text(reviewMonth), "review-year", FormFields.text(reviewYear),
                    "site", FormFields.text(site), "cameras", FormFields.text(cameras));
        }
    }

    /** A subject access request as received. */
    public record RequestForm(@RestForm String reference, @RestForm String requester,
            @RestForm("received-day") String receivedDay, @RestForm("received-month") String receivedMonth,
            @RestForm("received-year") String receivedYear) {

        LocalDate received(FormErrors errors) {
            return FormFields.date("received", "date the request was received", true, receivedDay, receivedMonth,
                    receivedYear, errors);
        }

        Map<String, String> values() {
            return FormFields.echo("reference", FormFields.text(reference), "requester", FormFields.text(requester),
                    "received-day", FormFields.text(receivedDay), "received-month", FormFields.text(receivedMonth),
                    "received-year", FormFields.text(receivedYear));
        }
    }

    /** More time for an open subject access request, with the reason. */
    public record ExtensionForm(@RestForm("until-day") String untilDay, @RestForm("until-month") String untilMonth,
            @RestForm("until-year") String untilYear, @RestForm String reason) {

        LocalDate until(FormErrors errors) {
            return FormFields.date("until", "date the extension runs to", true, untilDay, untilMonth, untilYear,
                    errors);
        }

        Map<String, String> values() {
            return FormFields.echo("until-day", FormFields.text(untilDay), "until-month", FormFields.text(untilMonth),
                    "until-year", FormFields.text(untilYear), "reason", FormFields.text(reason));
        }
    }
}
