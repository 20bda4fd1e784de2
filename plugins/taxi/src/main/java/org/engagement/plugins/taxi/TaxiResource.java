package org.engagement.plugins.taxi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.organisation.PageOf;
import org.engagement.core.shared.InvalidInputException;

/** The taxi module's API. A council licensing system (API_CLIENT) may call the renewal check and nothing else. */
@Path("taxi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaxiResource {

    // Role names as constants: the web module's Roles class is not visible to a module.
    static final String ADMIN = "ADMIN";
    static final String INDUSTRY_LEAD = "INDUSTRY_LEAD";
    static final String LICENSING_OFFICER = "LICENSING_OFFICER";
    static final String API_CLIENT = "API_CLIENT";

    @Inject
    private TaxiService taxi;

    public record TrainingView(String courseCode, String courseTitle, LocalDate completedOn, String certificateNumber,
            LocalDate validUntil, String recordedBy) {
    }

    public record CheckView(String licenceNumber, boolean eligible, List<String> reasons, LocalDate renewalDate,
            TrainingView training) {

        static CheckView of(RenewalCheck check) {
            RenewalDecision d = check.decision();
            TrainingEvidence t = d.training();
            return new CheckView(check.driver().getLicenceNumber(), d.eligible(),
                    d.reasons().stream().map(Enum::name).toList(), d.renewalDate(), t == null ? null
                            : new TrainingView(t.courseCode(), t.courseTitle(), t.completedOn(), t.certificateNumber(),
                                    d.validUntil(), t.recordedBy()));
        }
    }

    public record DriverView(String licenceNumber, String licenceType, String surname, String forenames,
            LocalDate dateOfBirth, LocalDate licenceExpiry, String status, Long operatorId, long personId, long version) {

        static DriverView of(Driver d) {
            return new DriverView(d.getLicenceNumber(), d.getLicenceType().name(), d.getSurname(), d.getForenames(),
                    d.getDateOfBirth(), d.getLicenceExpiry(), d.getStatus().name(), d.getOperatorId(), d.getPersonId(),
                    d.getVersion());
        }
    }

    public record RuleView(Set<String> qualifyingCourseCodes, Integer validityMonths, Integer recencyMonths) {
    }

    @GET
    @Path("drivers/{licenceNumber}/renewal-check")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER, API_CLIENT})
    public CheckView renewalCheck(@PathParam("licenceNumber") String licenceNumber, @QueryParam("date") String date) {
        return CheckView.of(taxi.check(licenceNumber, parseDate(date), TaxiService.API));
    }

    @GET
    @Path("drivers/{licenceNumber}")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public DriverView driver(@PathParam("licenceNumber") String licenceNumber) {
        return DriverView.of(taxi.driver(licenceNumber));
    }

    @GET
    @Path("drivers")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public Map<String, Object> drivers(@QueryParam("q") String q, @QueryParam("operatorId") Long operatorId,
            @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int pageSize = size == null ? 50 : Math.max(1, Math.min(size, 500));
        int pageNumber = page == null ? 0 : Math.max(0, page);
        PageOf<Driver> found = taxi.drivers(new DriverSearch(q, operatorId, status(status), pageNumber * pageSize, pageSize,
                null, false));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", found.items().stream().map(DriverView::of).toList());
        body.put("total", found.total());
        return body;
    }

    @POST
    @Path("drivers/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({ADMIN, INDUSTRY_LEAD})
    public ImportSummary importDrivers(InputStream csv) {
        return taxi.importDrivers(csv);
    }

    @POST
    @Path("training/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({ADMIN, INDUSTRY_LEAD})
    public ImportSummary importTraining(InputStream csv) {
        return taxi.importTraining(csv);
    }

    @GET
    @Path("renewal-rule")
    @RolesAllowed(ADMIN)
    public RuleView rule() {
        RenewalRule rule = taxi.renewalRuleSettings().rule();
        return new RuleView(rule.qualifyingCourseCodes(), rule.validityMonths(), rule.recencyMonths());
    }

    @PUT
    @Path("renewal-rule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ADMIN)
    public RuleView changeRule(RuleView change) {
        int validity = change.validityMonths() == null ? RenewalRule.DEFAULT_VALIDITY_MONTHS : change.validityMonths();
        RenewalRule rule = taxi.changeRule(new RenewalRule(change.qualifyingCourseCodes(), validity, change.recencyMonths()), null);
        return new RuleView(rule.qualifyingCourseCodes(), rule.validityMonths(), rule.recencyMonths());
    }

    public record CheckLogView(java.time.Instant checkedAt, String checkedBy, String licenceNumber, LocalDate renewalDate,
            boolean eligible, String reasons, String channel) {
    }

    @GET
    @Path("check-log")
    @RolesAllowed(ADMIN)
    public Map<String, Object> checkLog(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int pageSize = size == null ? 50 : Math.max(1, Math.min(size, 500));
        PageOf<CheckLogEntry> found = taxi.checkLog((page == null ? 0 : Math.max(0, page)) * pageSize, pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", found.items().stream().map(e -> new CheckLogView(e.getCheckedAt(), e.getCheckedBy(),
                e.getLicenceNumber(), e.getRenewalDate(), e.isEligible(), e.getReasons(), e.getChannel())).toList());
        body.put("total", found.total());
        return body;
    }

    private static LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "Give the renewal date as YYYY-MM-DD.");
        }
    }

    private static LicenceStatus status(String status) {
        try {
            return status == null || status.isBlank() ? null : LicenceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Status must be one of ACTIVE, SUSPENDED, REVOKED, LAPSED.");
        }
    }
}
