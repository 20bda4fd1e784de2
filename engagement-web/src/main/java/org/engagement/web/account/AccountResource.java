package org.engagement.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.engagement.core.access.RoleNames;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.user.UserService;

/** The caller's own account: any account may change its own password, proving it with the current one. */
@Path("account")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER,
    RoleNames.DATA_PROTECTION_OFFICER,
    RoleNames.API_CLIENT
})
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private UserService users;

    /** 204 when changed; 400 naming the field when the current password is wrong or the new one too short. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "Send a JSON body with currentPassword and newPassword.");
        }
        users.changeOwnPassword(chars(change.currentPassword()), chars(change.newPassword()));
        return Response.noContent().build();
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public record PasswordChange(String currentPassword, String newPassword) {}
}
