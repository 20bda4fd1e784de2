package org.engagement.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.engagement.core.access.RoleNames;

/** The REST API, under /api/v1. Every resource declares the roles it allows. */
@ApplicationPath("api/v1")
@DeclareRoles({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER,
    RoleNames.DATA_PROTECTION_OFFICER,
    RoleNames.API_CLIENT
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Engagement CRM API",
                        version = "1",
                        description =
                                "Organisations, people, engagements, training and agreements of a safeguarding partnership."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Makes Jersey enforce @RolesAllowed/@PermitAll on CDI resources (named as text: no Jersey import).
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
