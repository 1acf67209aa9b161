package org.cctvportal.platform.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The one place that refuses control characters in query parameters, path parameters and form fields (URL-encoded
 * or the text fields of a multipart form; uploaded files are left alone), for every page and API route. The form is
 * read before this filter runs (as the CSRF check already needs it), so the check sees exactly the values a
 * resource would. JSON bodies are checked as they are read ({@link ControlCharactersInJson}); raw-body uploads
 * (evidence files) are bytes, not text, and are not inspected.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter
    @WithFormRead
    public void refuseControlCharacters(ResteasyReactiveContainerRequestContext context) {
        checkAll("The query parameter", context.getUriInfo().getQueryParameters());
        checkAll("The address part", context.getUriInfo().getPathParameters());
        ResteasyReactiveRequestContext request = (ResteasyReactiveRequestContext) context.getServerRequestContext();
        FormData form = request.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            ControlCharacters.check("The form field", name, null);
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && value.getFileName() == null) {
                    ControlCharacters.check("The form field", name, value.getValue());
                }
            }
        }
    }

    private static void checkAll(String where, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            ControlCharacters.check(where, entry.getKey(), null);
            for (String value : entry.getValue()) {
                ControlCharacters.check(where, entry.getKey(), value);
            }
        }
    }
}
