package org.engagement.web.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.access.RoleNames;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.core.user.NewUser;
import org.engagement.core.user.ReminderEmails;
import org.engagement.core.user.Role;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserService;

/** Accounts, for administrators. Passwords are accepted but never returned. */
@Path("users")
@ApplicationScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    private UserService users;

    @GET
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return users.findByUsername(username)
                .map(UserView::of)
                .orElseThrow(() -> new NotFoundException("User", username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUserRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "Send a JSON body with username, displayName, password and roles.");
        }
        UserAccount created = users.create(new NewUser(
                request.username(),
                request.displayName(),
                roles(request.roles()),
                request.password() == null ? new char[0] : request.password().toCharArray(),
                request.email(),
                reminderEmails(request.reminderEmails())));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.getUsername()).build())
                .entity(UserView.of(created))
                .build();
    }

    /**
     * Changes the full name, roles, enabled flag, email address and how reminders are emailed (an absent email
     * removes the address); a change of roles or enabled ends the account's sessions.
     */
    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView update(@PathParam("username") String username, UserChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "Send a JSON body with version, displayName, roles and enabled.");
        }
        UserAccount account = find(username);
        return UserView.of(users.update(
                account.getId(),
                RequestVersion.required(change.version()),
                change.displayName(),
                roles(change.roles()),
                change.enabled() == null || change.enabled(),
                change.email(),
                reminderEmails(change.reminderEmails())));
    }

    /** An administrator sets a new password; the account's sessions end. */
    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView resetPassword(@PathParam("username") String username, PasswordReset reset) {
        if (reset == null) {
            throw new InvalidInputException("body", "Send a JSON body with version and password.");
        }
        UserAccount account = find(username);
        return UserView.of(users.resetPassword(
                account.getId(),
                RequestVersion.required(reset.version()),
                reset.password() == null ? new char[0] : reset.password().toCharArray()));
    }

    /**
     * An administrator removes the account's second factor (a lost or replaced phone); its sessions end, and the
     * person sets it up again after signing in with their password.
     */
    @DELETE
    @Path("{username}/second-factor")
    public UserView removeSecondFactor(@PathParam("username") String username, @QueryParam("version") Long version) {
        UserAccount account = find(username);
        return UserView.of(users.removeSecondFactor(account.getId(), RequestVersion.required(version)));
    }

    private UserAccount find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException(
                        "roles", "Unknown role '" + name + "'. Roles are: " + EnumSet.allOf(Role.class) + ".");
            }
        }
        return roles;
    }

    private static ReminderEmails reminderEmails(String name) {
        return name == null || name.isBlank()
                ? ReminderEmails.EACH
                : RequestParams.choice(ReminderEmails.class, name, "reminderEmails");
    }

    public record UserChange(
            Long version,
            String displayName,
            List<String> roles,
            Boolean enabled,
            String email,
            String reminderEmails) {}

    public record PasswordReset(Long version, String password) {}

    public record NewUserRequest(
            String username,
            String displayName,
            String password,
            List<String> roles,
            String email,
            String reminderEmails) {}

    public record UserView(
            long id,
            long version,
            String username,
            String displayName,
            boolean enabled,
            List<String> roles,
            String email,
            String reminderEmails,
            boolean secondFactor) {

        static UserView of(UserAccount account) {
            return new UserView(
                    account.getId(),
                    account.getVersion(),
                    account.getUsername(),
                    account.getDisplayName(),
                    account.isEnabled(),
                    account.getRoles().stream().map(Role::name).sorted().toList(),
                    account.getEmail(),
                    account.getReminderEmails().name(),
                    account.hasSecondFactor());
        }
    }
}
