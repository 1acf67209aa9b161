package org.cctvportal.estate;

import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

/** The reference-data forms as posted: a manufacturer, an alias for one, an operating system. */
final class ReferenceForms {

    private ReferenceForms() {
    }

    /** A new manufacturer: its name (checked by the service, as for the API). */
    public record ManufacturerForm(@RestForm String name) {
        Map<String, String> echo() {
            return FormFields.echo("name", name);
        }
    }

    /** Another name a manufacturer goes by, as CSV imports may write it. */
    public record AliasForm(@RestForm String manufacturer, @RestForm String alias) {

        /** The maker chosen in the select; a missing or tampered choice is a message, not an error page. */
        long manufacturerId() {
            FormErrors errors = new FormErrors();
            Long id = FormFields.id(manufacturer, "manufacturer", "Select the manufacturer", errors);
            if (id == null) {
                throw new InvalidInputException(errors);
            }
            return id;
        }

        Map<String, String> echo() {
            return FormFields.echo("manufacturer", manufacturer, "alias", alias);
        }
    }

    /** An operating system and the day its support ends (GOV.UK date inputs, read by the service's FieldReader). */
    public record OperatingSystemForm(@RestForm String name, @RestForm("endOfSupport-day") String day,
            @RestForm("endOfSupport-month") String month, @RestForm("endOfSupport-year") String year) {

        String endOfSupport() {
            return FormFields.dayMonthYear(day, month, year);
        }

        Map<String, String> echo() {
            return FormFields.echo("name", name, "endOfSupport-day", day, "endOfSupport-month", month,
                    "endOfSupport-year", year);
        }
    }
}
