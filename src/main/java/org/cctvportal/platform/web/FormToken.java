package org.cctvportal.platform.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the layout's forms and HTMX header. Error pages can be rendered before the CSRF filter has run
 * (a refused request), and then carry no token rather than failing to render.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    @Inject
    CsrfTokenParameterProvider csrf;

    public String getToken() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    public String getParameterName() {
        return csrf.getParameterName();
    }
}
