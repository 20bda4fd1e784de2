package org.engagement.web.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.engagement.core.access.RoleNames;
import org.engagement.core.reminder.ReminderService;

/** Reminders for administrators: whether they are emailed, and running them now rather than at 06:15. */
@Path("reminders")
@ApplicationScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

    @Inject
    private ReminderService reminders;

    /** Whether reminders are emailed, in words. */
    @GET
    @Path("email")
    public EmailStatus emailStatus() {
        return new EmailStatus(reminders.emailStatus());
    }

    /** Makes the notifications due today and emails them, as the morning run does; each still only once. */
    @POST
    @Path("run")
    public ReminderService.Run runNow() {
        return reminders.runNow();
    }

    public record EmailStatus(String status) {}
}
