package org.engagement.web.securitylog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.security.SecurityEvent;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.security.SecurityLogQuery;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.RequestParams;

/** The security log for administrators (and a security officer's tools): paged, sorted and filtered in the database. */
@Path("security-log")
@ApplicationScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SecurityLogResource {

    static final int MAX_PAGE = 500;

    @Inject
    private SecurityLog securityLog;

    /**
     * @param q words in the username, actor or address; {@code type} one kind of event; {@code sort} one of
     *        occurredAt (the default, newest first), type, username, actor, clientAddress
     */
    @GET
    public EventPage list(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("sort") String sort,
            @QueryParam("desc") @DefaultValue("true") boolean descending,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        PageOf<SecurityEvent> result = securityLog.page(new SecurityLogQuery(
                q,
                RequestParams.choice(SecurityEventType.class, type, "type"),
                sort,
                descending,
                Math.max(0, page) * pageSize,
                pageSize));
        return new EventPage(result.items().stream().map(EventView::of).toList(), result.total());
    }

    public record EventPage(List<EventView> items, long total) {}

    public record EventView(
            long id,
            Instant occurredAt,
            String type,
            String description,
            String username,
            String actor,
            String clientAddress,
            String detail) {

        static EventView of(SecurityEvent event) {
            return new EventView(
                    event.getId(),
                    event.getOccurredAt(),
                    event.getType().name(),
                    event.getType().label(),
                    event.getUsername(),
                    event.getActor(),
                    event.getClientAddress(),
                    event.getDetail());
        }
    }
}
