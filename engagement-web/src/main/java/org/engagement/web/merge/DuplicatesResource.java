package org.engagement.web.merge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.engagement.core.access.RoleNames;
import org.engagement.core.merge.MergeService;
import org.engagement.core.merge.OrganisationMerge;
import org.engagement.core.merge.PossibleDuplicate;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestVersion;
import org.engagement.web.organisation.ApiViews.OrganisationView;

/** Organisations recorded twice, for administrators: the possible duplicates, and merging two into one. */
@Path("duplicates/organisations")
@ApplicationScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesResource {

    @Inject
    private MergeService merges;

    @Inject
    private OrganisationService organisations;

    /**
     * Pairs that may be the same organisation, a page at a time (at most 200); {@code q} keeps the pairs where either
     * name or postcode contains it.
     */
    @GET
    public DuplicatePage list(
            @QueryParam("q") String search,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        var page = merges.possibleDuplicates(search, first, size);
        return new DuplicatePage(page.items(), page.total());
    }

    /**
     * Merges {@code removedId} into {@code survivorId}, taking {@code fieldsFromRemoved} from the removed one; both
     * versions must be the ones the caller read (409 otherwise). Returns the survivor; the removed id then redirects.
     */
    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView merge(MergeRequest request) {
        if (request == null || request.survivorId() == null || request.removedId() == null) {
            throw new InvalidInputException(
                    "body",
                    "Send a JSON body with survivorId, survivorVersion, removedId, removedVersion and fieldsFromRemoved.");
        }
        return OrganisationView.of(organisations.shown(merges.mergeOrganisations(new OrganisationMerge(
                request.survivorId(),
                RequestVersion.required(request.survivorVersion()),
                request.removedId(),
                RequestVersion.required(request.removedVersion()),
                request.fieldsFromRemoved() == null ? Set.of() : Set.copyOf(request.fieldsFromRemoved())))));
    }

    public record DuplicatePage(List<PossibleDuplicate> items, long total) {}

    public record MergeRequest(
            Long survivorId,
            Long survivorVersion,
            Long removedId,
            Long removedVersion,
            List<String> fieldsFromRemoved) {}
}
