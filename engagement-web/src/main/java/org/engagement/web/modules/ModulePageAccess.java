package org.engagement.web.modules;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import org.engagement.core.spi.PageAccess;
import org.engagement.core.spi.SectorModules;

/**
 * Enforces the page access the sector modules declare through the SPI, so {@code web.xml} names no module. At start-up
 * it registers a filter on exactly the modules' declared patterns and menu pages; web.xml's catch-all constraint has
 * already made the user sign in, and the filter refuses (403, the usual error page) anyone whose roles the most
 * specific declaration does not list. The paths are the container's decoded, normalised servlet paths, so an encoded
 * or dotted path reaches the same declaration as the plain one.
 */
@WebListener
public class ModulePageAccess implements ServletContextListener {

    @Inject
    private SectorModules modules;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String[] patterns = modules.pageAccess().stream()
                .map(PageAccess::urlPattern)
                .distinct()
                .toArray(String[]::new);
        if (patterns.length == 0) {
            return;
        }
        FilterRegistration.Dynamic filter = event.getServletContext().addFilter("modulePageAccess", new Guard(modules));
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, patterns);
    }

    /** Lets a request through only for a user holding one of the roles the most specific declaration lists. */
    static final class Guard extends HttpFilter {

        private static final long serialVersionUID = 1L;

        private final transient SectorModules modules;

        Guard(SectorModules modules) {
            this.modules = modules;
        }

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            Optional<PageAccess> access = modules.pageAccessFor(path);
            if (access.isPresent()
                    && access.get().roles().stream().noneMatch(role -> request.isUserInRole(role.name()))) {
                response.sendError(
                        request.getUserPrincipal() == null
                                ? HttpServletResponse.SC_UNAUTHORIZED
                                : HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
