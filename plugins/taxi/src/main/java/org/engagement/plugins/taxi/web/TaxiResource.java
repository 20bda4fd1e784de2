package org.engagement.plugins.taxi.web;

import static org.engagement.core.access.RoleNames.ADMIN;
import static org.engagement.core.access.RoleNames.API_CLIENT;
import static org.engagement.core.access.RoleNames.INDUSTRY_LEAD;
import static org.engagement.core.access.RoleNames.LICENSING_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.plugins.taxi.application.CheckLog;
import org.engagement.plugins.taxi.application.Checklists;
import org.engagement.plugins.taxi.application.CoverageReport;
import org.engagement.plugins.taxi.application.DriverRegister;
import org.engagement.plugins.taxi.application.RegisterImport;
import org.engagement.plugins.taxi.application.RenewalChecks;
import org.engagement.plugins.taxi.application.RenewalRules;
import org.engagement.plugins.taxi.domain.BulkCheck;
import org.engagement.plugins.taxi.domain.BulkCheckQuery;
import org.engagement.plugins.taxi.domain.BulkCheckRow;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.ChecklistChange;
import org.engagement.plugins.taxi.domain.ChecklistItem;
import org.engagement.plugins.taxi.domain.Coverage;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverSearch;
import org.engagement.plugins.taxi.domain.ImportSummary;
import org.engagement.plugins.taxi.domain.LicenceNumber;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.Nr3sResult;
import org.engagement.plugins.taxi.domain.RenewalCheck;
import org.engagement.plugins.taxi.domain.RenewalChecklist;
import org.engagement.plugins.taxi.domain.RenewalDecision;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.RenewalRuleSettings;
import org.engagement.plugins.taxi.domain.TrainingEvidence;

/** The taxi module's API. A council licensing system (API_CLIENT) may call the renewal check and nothing else. */
@Path("taxi")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaxiResource {

    @Inject
    private CheckLog checkLog;

    @Inject
    private Checklists checklists;

    @Inject
    private CoverageReport coverageReport;

    @Inject
    private DriverRegister register;

    @Inject
    private RegisterImport imports;

    @Inject
    private RenewalChecks checks;

    @Inject
    private RenewalRules rules;

    public record TrainingView(
            String courseCode,
            String courseTitle,
            LocalDate completedOn,
            String certificateNumber,
            LocalDate validUntil,
            String recordedBy) {}

    public record CheckView(
            String licenceNumber,
            boolean eligible,
            List<String> reasons,
            LocalDate renewalDate,
            TrainingView training) {

        static CheckView of(RenewalCheck check) {
            RenewalDecision d = check.decision();
            TrainingEvidence t = d.training();
            return new CheckView(
                    check.driver().getLicenceNumber(),
                    d.eligible(),
                    d.reasons().stream().map(Enum::name).toList(),
                    d.renewalDate(),
                    t == null
                            ? null
                            : new TrainingView(
                                    t.courseCode(),
                                    t.courseTitle(),
                                    t.completedOn(),
                                    t.certificateNumber(),
                                    d.validUntil(),
                                    t.recordedBy()));
        }
    }

    public record DriverView(
            String licenceNumber,
            String licenceType,
            String surname,
            String forenames,
            LocalDate dateOfBirth,
            LocalDate licenceExpiry,
            String status,
            Long operatorId,
            long personId,
            long version) {

        static DriverView of(Driver d) {
            return new DriverView(
                    d.getLicenceNumber(),
                    d.getLicenceType().name(),
                    d.getSurname(),
                    d.getForenames(),
                    d.getDateOfBirth(),
                    d.getLicenceExpiry(),
                    d.getStatus().name(),
                    d.getOperatorId(),
                    d.getPersonId(),
                    d.getVersion());
        }
    }

    /** The rule and its version: a change sends the version it read, like every other change. */
    public record RuleView(
            Set<String> qualifyingCourseCodes, Integer validityMonths, Integer recencyMonths, Long version) {

        static RuleView of(RenewalRule rule, long version) {
            return new RuleView(rule.qualifyingCourseCodes(), rule.validityMonths(), rule.recencyMonths(), version);
        }
    }

    @GET
    @Path("drivers/{licenceNumber}/renewal-check")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER, API_CLIENT})
    public CheckView renewalCheck(@PathParam("licenceNumber") String licenceNumber, @QueryParam("date") String date) {
        return CheckView.of(checks.check(licenceNumber, RequestParams.date(date, "date"), RenewalChecks.API));
    }

    /**
     * The evidence sheet for the licence file; runs and logs a check like the screen's. Also "produces" JSON so a
     * client that accepts only JSON still gets the file, and errors arrive as JSON.
     */
    @GET
    @Path("drivers/{licenceNumber}/evidence.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public jakarta.ws.rs.core.Response evidencePdf(
            @PathParam("licenceNumber") String licenceNumber, @QueryParam("date") String date) {
        byte[] pdf = checks.evidencePdf(licenceNumber, RequestParams.date(date, "date"), RenewalChecks.API);
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"renewal-evidence-" + new LicenceNumber(licenceNumber).value()
                                + ".pdf\"")
                .build();
    }

    @GET
    @Path("drivers/{licenceNumber}")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public DriverView driver(@PathParam("licenceNumber") String licenceNumber) {
        return DriverView.of(register.driver(licenceNumber));
    }

    @GET
    @Path("drivers")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public Map<String, Object> drivers(
            @QueryParam("q") String q,
            @QueryParam("operatorId") Long operatorId,
            @QueryParam("status") String status,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        int pageSize = size == null ? 50 : Math.max(1, Math.min(size, 500));
        int pageNumber = page == null ? 0 : Math.max(0, page);
        LicenceStatus licenceStatus = RequestParams.choice(LicenceStatus.class, status, "status");
        PageOf<Driver> found = register.drivers(
                new DriverSearch(q, operatorId, licenceStatus, pageNumber * pageSize, pageSize, null, false));
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
        return imports.importDrivers(csv);
    }

    @POST
    @Path("training/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({ADMIN, INDUSTRY_LEAD})
    public ImportSummary importTraining(InputStream csv) {
        return imports.importTraining(csv);
    }

    @GET
    @Path("renewal-rule")
    @RolesAllowed(ADMIN)
    public RuleView rule() {
        RenewalRuleSettings settings = rules.renewalRuleSettings();
        return RuleView.of(settings.rule(), settings.getVersion());
    }

    @PUT
    @Path("renewal-rule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ADMIN)
    public RuleView changeRule(RuleView change) {
        int validity = change.validityMonths() == null ? RenewalRule.DEFAULT_VALIDITY_MONTHS : change.validityMonths();
        long version = RequestVersion.required(change.version());
        RenewalRule rule = rules.changeRule(
                new RenewalRule(change.qualifyingCourseCodes(), validity, change.recencyMonths()), version);
        return RuleView.of(rule, rules.renewalRuleSettings().getVersion());
    }

    public record CheckLogView(
            java.time.Instant checkedAt,
            String checkedBy,
            String licenceNumber,
            LocalDate renewalDate,
            boolean eligible,
            String reasons,
            String channel) {}

    @GET
    @Path("check-log")
    @RolesAllowed(ADMIN)
    public Map<String, Object> checkLog(
            @QueryParam("licence") String licence, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int pageSize = size == null ? 50 : Math.max(1, Math.min(size, 500));
        PageOf<CheckLogEntry> found =
                checkLog.checkLog(licence, (page == null ? 0 : Math.max(0, page)) * pageSize, pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "items",
                found.items().stream()
                        .map(e -> new CheckLogView(
                                e.getCheckedAt(),
                                e.getCheckedBy(),
                                e.getLicenceNumber(),
                                e.getRenewalDate(),
                                e.isEligible(),
                                e.getReasons(),
                                e.getChannel()))
                        .toList());
        body.put("total", found.total());
        return body;
    }

    public record ChecklistView(
            String licenceNumber,
            LocalDate licenceExpiry,
            long version,
            boolean readyToRenew,
            List<ChecklistItem> items) {

        static ChecklistView of(RenewalChecklist c) {
            return new ChecklistView(
                    c.getLicenceNumber(), c.getLicenceExpiry(), c.getVersion(), c.isReadyToRenew(), c.items());
        }
    }

    /** Dates as YYYY-MM-DD text so a bad one gets a field message rather than a parser's. */
    public record ChecklistChangeView(
            Long version,
            Boolean checkTraining,
            String nr3sSearchedOn,
            String nr3sResult,
            String dbsCheckedOn,
            String hmrcTaxCheckCode) {}

    @GET
    @Path("drivers/{licenceNumber}/checklist")
    @RolesAllowed({ADMIN, LICENSING_OFFICER})
    public ChecklistView checklist(@PathParam("licenceNumber") String licenceNumber) {
        return ChecklistView.of(checklists.checklist(licenceNumber));
    }

    @PUT
    @Path("drivers/{licenceNumber}/checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LICENSING_OFFICER})
    public ChecklistView recordChecklist(@PathParam("licenceNumber") String licenceNumber, ChecklistChangeView change) {
        if (change == null || change.version() == null) {
            throw new InvalidInputException("version", "Give the version of the checklist you saw (0 for a new one).");
        }
        ChecklistChange parsed = new ChecklistChange(
                change.version(),
                Boolean.TRUE.equals(change.checkTraining()),
                RequestParams.date(change.nr3sSearchedOn(), "nr3sSearchedOn"),
                RequestParams.choice(Nr3sResult.class, change.nr3sResult(), "nr3sResult"),
                RequestParams.date(change.dbsCheckedOn(), "dbsCheckedOn"),
                change.hmrcTaxCheckCode());
        return ChecklistView.of(checklists.recordChecklist(licenceNumber, parsed, RenewalChecks.API));
    }

    public record BulkRowView(
            String licenceNumber,
            String name,
            String licenceType,
            String status,
            LocalDate licenceExpiry,
            Long operatorId,
            LocalDate latestTraining,
            LocalDate validUntil,
            boolean eligible,
            List<String> reasons) {

        static BulkRowView of(BulkCheckRow r) {
            return new BulkRowView(
                    r.licenceNumber(),
                    r.name(),
                    r.licenceType().name(),
                    r.status().name(),
                    r.licenceExpiry(),
                    r.operatorId(),
                    r.latestTraining(),
                    r.decision().validUntil(),
                    r.decision().eligible(),
                    r.decision().reasons().stream().map(Enum::name).toList());
        }
    }

    /** Licences expiring in the next {@code days} days; {@code trainingShort=true}: only drivers to book onto a course. */
    @GET
    @Path("bulk-check")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public Map<String, Object> bulkCheck(
            @QueryParam("days") Integer days,
            @QueryParam("trainingShort") boolean trainingShort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return bulkBody(checks.bulkCheck(bulkQuery(days == null ? 30 : days, null, trainingShort, page, size)));
    }

    /** The same for a list of licence numbers, one a line or separated by commas. */
    @POST
    @Path("bulk-check")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public Map<String, Object> bulkCheckList(
            String licenceNumbers,
            @QueryParam("trainingShort") boolean trainingShort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        List<String> listed = licenceNumbers == null
                ? List.of()
                : List.of(licenceNumbers.replace("\uFEFF", "").split("[,\\s]+"));
        if (listed.stream().allMatch(String::isBlank)) {
            throw new InvalidInputException("licenceNumbers", "List at least one licence number.");
        }
        return bulkBody(checks.bulkCheck(bulkQuery(0, listed, trainingShort, page, size)));
    }

    private static BulkCheckQuery bulkQuery(
            int days, List<String> listed, boolean trainingShort, Integer page, Integer size) {
        int pageSize = size == null ? 50 : Math.max(1, Math.min(size, 500));
        return new BulkCheckQuery(
                days, listed, trainingShort, (page == null ? 0 : Math.max(0, page)) * pageSize, pageSize);
    }

    private static Map<String, Object> bulkBody(BulkCheck found) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", found.rows().stream().map(BulkRowView::of).toList());
        body.put("total", found.total());
        body.put("notEligible", found.notEligible());
        body.put("unknownLicences", found.unknownLicences());
        return body;
    }

    @GET
    @Path("coverage")
    @RolesAllowed({ADMIN, INDUSTRY_LEAD, LICENSING_OFFICER})
    public Coverage coverage(@QueryParam("quarters") Integer quarters) {
        return coverageReport.coverage(quarters == null ? 8 : quarters);
    }
}
