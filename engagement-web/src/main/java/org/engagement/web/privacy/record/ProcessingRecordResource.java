package org.engagement.web.privacy.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.engagement.core.access.RoleNames;
import org.engagement.core.privacy.record.ProcessingRecord;
import org.engagement.core.privacy.record.ProcessingRecordService;

/** The record of processing (Article 30) over the API, as JSON, for the data protection officer. */
@Path("privacy/record-of-processing")
@ApplicationScoped
@RolesAllowed(RoleNames.DATA_PROTECTION_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
public class ProcessingRecordResource {

    @Inject
    private ProcessingRecordService records;

    @GET
    public ProcessingRecord record() {
        return records.produce();
    }
}
