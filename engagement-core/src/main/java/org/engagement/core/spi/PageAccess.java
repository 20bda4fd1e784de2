package org.engagement.core.spi;

import java.util.Objects;
import java.util.Set;
import org.engagement.core.user.Role;

/**
 * Who may open a module's pages: {@code urlPattern} is either a folder, {@code /taxi/*}, or one page,
 * {@code /taxi/rule.xhtml}. The web application turns each into a security constraint at start-up, so its own
 * configuration names no module. As with servlet constraints, the most specific pattern wins: a module declares its
 * folder for its readers and single pages for fewer roles.
 */
public record PageAccess(String urlPattern, Set<Role> roles) {

    public PageAccess {
        Objects.requireNonNull(urlPattern, "urlPattern");
        if (!urlPattern.startsWith("/")
                || urlPattern.indexOf('*') >= 0 && !urlPattern.endsWith("/*")
                || urlPattern.indexOf('*') != urlPattern.lastIndexOf('*')) {
            throw new IllegalArgumentException("A page pattern is /folder/* or /folder/page.xhtml, not " + urlPattern);
        }
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Pages under " + urlPattern + " must allow at least one role.");
        }
    }

    public boolean isFolder() {
        return urlPattern.endsWith("/*");
    }

    /** Whether the page at this path (inside the application, e.g. {@code /taxi/check.xhtml}) falls under the pattern. */
    public boolean covers(String path) {
        return isFolder() ? path.startsWith(urlPattern.substring(0, urlPattern.length() - 1)) : path.equals(urlPattern);
    }

    /** A longer pattern is more specific; a single page beats any folder. */
    public int specificity() {
        return isFolder() ? urlPattern.length() : Integer.MAX_VALUE;
    }
}
