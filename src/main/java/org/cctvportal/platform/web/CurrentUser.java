package org.cctvportal.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in person as the layout shows them: name, partner, roles and the navigation their roles allow. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Navigation navigation;

    @Inject
    Instance<DisplayNames> names;

    @Inject
    Instance<AccountLink> accountLinks;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return isSignedIn() ? identity.getPrincipal().getName() : "";
    }

    public String displayName() {
        if (!isSignedIn()) {
            return "";
        }
        Optional<String> kept = names.isResolvable() ? names.get().signedIn() : Optional.empty();
        if (kept.isPresent()) {
            return kept.get();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("name") != null) {
            return jwt.getClaim("name").toString();
        }
        return username();
    }

    public String partnerId() {
        return tenant.partnerId();
    }

    public String partnershipId() {
        return tenant.partnershipId();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether {@code href} is the section being shown, for the navigation's current-page marker. */
    public boolean isCurrent(String href) {
        String path = request.getCurrent() == null ? "" : request.getCurrent().normalizedPath();
        return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/");
    }

    /** The header's account links the features give the signed-in person, in their order. */
    public List<AccountLink.Link> accountLinks() {
        if (!isSignedIn()) {
            return List.of();
        }
        return accountLinks.stream().flatMap(links -> links.links().stream())
                .sorted(java.util.Comparator.comparingInt(AccountLink.Link::order)).toList();
    }

    /** Whether the header shows the search box: to a partner's people, not the service's own staff. */
    public boolean searches() {
        return isSignedIn() && tenant.partnerId() != null && !identity.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** What the search box holds: the term of the results being shown, so it can be changed and sent again. */
    public String searchText() {
        if (request.getCurrent() == null || !"/search".equals(request.getCurrent().normalizedPath())) {
            return "";
        }
        String q = request.getCurrent().request().getParam("q");
        return q == null || ControlCharacters.present(q) ? "" : q;
    }

    public List<NavItem> navigation() {
        return navigation.visibleTo(identity);
    }
}
