package org.cctvportal.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A disclosure package as posted: the request it answers, the files ticked, why it is disclosed and, for a subject
 * access request sending a file that is not redacted, why. {@link #read} turns it into a {@link Command} or messages.
 */
public record PackageForm(@RestForm String kind, @RestForm String request, @RestForm String reference,
        @RestForm String recipient, @RestForm("file") List<String> files, @RestForm String reason,
        @RestForm String unredactedReason, @RestForm String note) {

    static final int MAX_TEXT = 1000;

    /** What the service is asked to send, each part checked for form; the vault then checks the files and request. */
    record Command(DisclosurePackage.RequestKind kind, Long requestId, String reference, String recipient,
            List<UUID> files, String reason, String unredactedReason, String note) {
    }

    Command read(FormErrors errors) {
        DisclosurePackage.RequestKind requestKind = requestKind();
        if (requestKind == null) {
            errors.add("kind", "Select what kind of request the package answers");
        }
        Long requestId = null;
        String ref = FormFields.text(reference);
        String to = FormFields.text(recipient);
        if (requestKind == DisclosurePackage.RequestKind.SUBJECT_ACCESS) {
            requestId = id(request);
            if (requestId == null) {
                errors.add("request", "Select the subject access request the package answers");
            }
        } else if (requestKind != null) {
            if (ref.isEmpty()) {
                errors.add("reference", "Enter the " + (requestKind == DisclosurePackage.RequestKind.POLICE
                        ? "force's crime or request reference" : "insurer's claim reference"));
            } else if (ref.length() > 60) {
                errors.add("reference", "The reference must be 60 characters or fewer");
            }
            if (to.isEmpty()) {
                errors.add("recipient", "Enter who the package is for, such as the insurer or the force");
            }
        }
        if (to.length() > 200) {
            errors.add("recipient", "The recipient must be 200 characters or fewer");
        }
        List<UUID> chosen = chosen(errors);
        String why = text("reason", reason, errors);
        if (why.isEmpty()) {
            errors.add("reason", "Enter why the footage is disclosed, such as the lawful basis for the release");
        }
        String unredacted = text("unredactedReason", unredactedReason, errors);
        String extra = text("note", note, errors);
        return new Command(requestKind, requestId, ref, to, chosen, why, unredacted.isEmpty() ? null : unredacted,
                extra.isEmpty() ? null : extra);
    }

    /** What the form shows again: the text as typed and the files ticked. */
    Map<String, String> values() {
        return FormFields.echo("kind", kind, "request", request, "reference", reference, "recipient", recipient,
                "reason", reason, "unredactedReason", unredactedReason, "note", note);
    }

    Set<String> ticked() {
        return files == null ? Set.of() : Set.copyOf(files);
    }

    private DisclosurePackage.RequestKind requestKind() {
        try {
            return kind == null || kind.isBlank() ? null : DisclosurePackage.RequestKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<UUID> chosen(FormErrors errors) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : files == null ? List.<String>of() : files) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                errors.add("files", "Select files from the list");
            }
        }
        if (ids.isEmpty()) {
            errors.add("files", "Select the files to disclose");
        }
        return new ArrayList<>(ids);
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String field, String value, FormErrors errors) {
        String text = FormFields.text(value);
        if (text.length() > MAX_TEXT) {
            errors.add(field, "The text must be " + MAX_TEXT + " characters or fewer");
        }
        if (text.indexOf('\0') >= 0) {
            errors.add(field, "The text holds a character that cannot be kept: type it again");
        }
        return text;
    }
}
