package org.engagement.web.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagement.core.access.RoleNames;
import org.engagement.core.importing.ColumnMapping;
import org.engagement.core.importing.DuplicateChoice;
import org.engagement.core.importing.EngagementImport;
import org.engagement.core.importing.ImportCheck;
import org.engagement.core.importing.ImportField;
import org.engagement.core.importing.ImportProblem;
import org.engagement.core.importing.ImportResult;
import org.engagement.core.importing.OrganisationImport;
import org.engagement.core.importing.PersonImport;
import org.engagement.core.importing.SavedMappings;
import org.engagement.core.importing.SpreadsheetImport;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.Spreadsheet;

/**
 * Importing organisations, people or past engagements through the API, with the page's rules: the file is the body
 * (CSV, or XLSX sent as such), the columns are matched by a saved mapping ({@code mapping=id}), by {@code
 * column=field:Heading} pairs, or else by headings that name the fields; {@code dryRun=true} reports every problem by
 * row and column and writes nothing; otherwise every row is imported or, with any problem, none (400 with them all).
 */
@Path("imports/{kind}")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    static final int MAX_IMPORT_BYTES = 25 * 1024 * 1024;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private OrganisationImport organisations;

    @Inject
    private PersonImport people;

    @Inject
    private EngagementImport engagements;

    @Inject
    private SavedMappings savedMappings;

    /** The fields a column can fill, with the keys {@code column=} names. */
    @GET
    @Path("fields")
    public List<ImportField> fields(@PathParam("kind") String kind) {
        return importer(kind).fields();
    }

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response importFile(
            @PathParam("kind") String kind,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("duplicates") @DefaultValue("SKIP") String duplicates,
            @QueryParam("mapping") Long savedMapping,
            @QueryParam("column") List<String> columns,
            @HeaderParam("X-Filename") String filename,
            @HeaderParam("Content-Type") String type,
            InputStream body)
            throws IOException {
        SpreadsheetImport<?, ?> importer = importer(kind);
        byte[] content = body.readNBytes(MAX_IMPORT_BYTES + 1);
        if (content.length > MAX_IMPORT_BYTES) {
            throw new InvalidInputException("file", "The file is larger than 25 MB. Split it and import each part.");
        }
        boolean xlsx = type != null && type.startsWith(XLSX);
        Spreadsheet sheet = Spreadsheet.read(xlsx ? kind + ".xlsx" : filename, content);
        ColumnMapping mapping = mapping(importer, sheet, savedMapping, columns);
        if (dryRun) {
            return Response.ok(CheckView.of(importer.dryRun(sheet, mapping), mapping))
                    .build();
        }
        return Response.ok(ResultView.of(importer.run(sheet, mapping, choice(duplicates), done -> {})))
                .build();
    }

    /** What a dry run found, and the mapping it used (so a caller relying on suggestions sees them). */
    public record CheckView(
            int rows,
            int newRows,
            List<ImportProblem> problems,
            List<ImportCheck.Match> matches,
            Map<String, String> mapping) {

        static CheckView of(ImportCheck check, ColumnMapping mapping) {
            return new CheckView(
                    check.rows(),
                    check.newRows(),
                    check.problems(),
                    check.matches(),
                    new LinkedHashMap<>(mapping.headingByField()));
        }
    }

    /** What an import did. */
    public record ResultView(int created, int updated, int skipped) {
        static ResultView of(ImportResult result) {
            return new ResultView(result.created(), result.updated(), result.skipped());
        }
    }

    private ColumnMapping mapping(
            SpreadsheetImport<?, ?> importer, Spreadsheet sheet, Long savedMapping, List<String> columns) {
        if (savedMapping != null) {
            return savedMappings.get(importer.kind(), savedMapping).mapping();
        }
        if (columns == null || columns.isEmpty()) {
            return ColumnMapping.suggested(sheet.headings(), importer.fields());
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String column : columns) {
            int colon = column.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInputException(
                        "column",
                        "Write each column as field:Heading, e.g. column=name:Setting; '" + column + "' is not.");
            }
            chosen.put(
                    column.substring(0, colon).strip(),
                    column.substring(colon + 1).strip());
        }
        return new ColumnMapping(chosen);
    }

    private static DuplicateChoice choice(String duplicates) {
        try {
            return DuplicateChoice.valueOf(duplicates.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            throw new InvalidInputException(
                    "duplicates", "Choose SKIP, UPDATE or CREATE for rows that are records already kept.");
        }
    }

    private SpreadsheetImport<?, ?> importer(String kind) {
        for (SpreadsheetImport<?, ?> importer : List.of(organisations, people, engagements)) {
            if (importer.kind().equals(kind)) {
                return importer;
            }
        }
        throw new NotFoundException("Import of", kind + " (use organisations, people or engagements)");
    }
}
