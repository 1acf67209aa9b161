package org.cctvportal.compliance;

import java.util.Map;
import org.cctvportal.platform.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/** A manager's acceptance of a finding's risk as posted: the reason and the day it lapses (GOV.UK date inputs). */
public record AcceptanceForm(@RestForm String reason, @RestForm("until-day") String day,
        @RestForm("until-month") String month, @RestForm("until-year") String year) {

    /** The lapse day as the service reads it (YYYY-M-D); the service says when it is not a real date. */
    String until() {
        return FormFields.text(year) + "-" + FormFields.text(month) + "-" + FormFields.text(day);
    }

    /** What the form shows again. */
    Map<String, String> echo() {
        return FormFields.echo("reason", FormFields.text(reason), "until-day", FormFields.text(day), "until-month",
                FormFields.text(month), "until-year", FormFields.text(year));
    }
}
