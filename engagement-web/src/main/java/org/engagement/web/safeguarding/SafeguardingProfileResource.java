package org.engagement.web.safeguarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleNames;
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.Procedure;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.safeguarding.ProfileService;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.core.spi.RecordViews;
import org.engagement.web.privacy.RecordKinds;
import org.engagement.web.privacy.ShownPeople;
import org.engagement.web.safeguarding.SafeguardingApiViews.ProfileView;

/** An organisation's safeguarding profile. Licensing officers and API clients have no access. */
@Path("organisations/{id}/safeguarding")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class SafeguardingProfileResource {

    @Inject
    private ProfileService safeguardingProfiles;

    @Inject
    private ShownPeople shownPeople;

    @Inject
    private RecordViews views;

    /** The profile; version 0 and policy status NONE when nothing is recorded yet. */
    @GET
    public ProfileView get(@PathParam("id") long id) {
        SafeguardingProfile profile = safeguardingProfiles.profile(id);
        RecordKinds.viewedProfile(views, profile);
        return ProfileView.of(profile, shownPeople);
    }

    /** Creates (version 0) or changes the profile. {@code policyStatus} REVIEW_OVERDUE is derived and refused here. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public ProfileView put(@PathParam("id") long id, ProfileRequest request) {
        long version = RequestVersion.required(
                request == null ? null : request.version(),
                "Send the version you last read (0 for a new profile), so a newer change is not overwritten.");
        Set<Procedure> procedures = request.procedures() == null
                ? Set.of()
                : request.procedures().stream()
                        .map(p -> RequestParams.choice(Procedure.class, p, "procedures"))
                        .collect(Collectors.toSet());
        return ProfileView.of(
                safeguardingProfiles.saveProfile(
                        id,
                        version,
                        new ProfileDetails(
                                RequestParams.choice(PolicyStatus.class, request.policyStatus(), "policyStatus"),
                                request.adoptedOn(),
                                request.nextReviewDue(),
                                procedures,
                                request.leadPersonId(),
                                request.deputyPersonId(),
                                request.trusteeLeadPersonId(),
                                request.contactsOnDisplay(),
                                RequestParams.choice(DbsChecks.class, request.dbsChecks(), "dbsChecks"),
                                request.notes())),
                shownPeople);
    }

    public record ProfileRequest(
            Long version,
            String policyStatus,
            LocalDate adoptedOn,
            LocalDate nextReviewDue,
            List<String> procedures,
            Long leadPersonId,
            Long deputyPersonId,
            Long trusteeLeadPersonId,
            Boolean contactsOnDisplay,
            String dbsChecks,
            String notes) {}
}
