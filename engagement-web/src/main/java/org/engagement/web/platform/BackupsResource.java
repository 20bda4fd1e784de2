package org.engagement.web.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.engagement.core.access.RoleNames;

/**
 * Takes an online backup of the embedded database (administrators only): 201 with the backup's directory, the one to
 * give the restore command; 409 on PostgreSQL.
 */
@Path("admin/backups")
@ApplicationScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    private DatabaseBackups backups;

    @POST
    public Response backUp() throws SQLException {
        return Response.status(Response.Status.CREATED).entity(backups.backUp()).build();
    }
}
