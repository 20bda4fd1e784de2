package org.engagement.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagement.core.access.RoleSets;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.RecordHistory;
import org.engagement.plugins.retail.persistence.RetailRecords;

/**
 * The only way into the retail records: premises details, awareness visits, concerns per quarter, and the
 * coverage by type and area. Reading and changing follow the core's rules for the organisation.
 */
@ApplicationScoped
@Transactional
public class RetailService {

    public static final String VISIT_RECORD = "Awareness visit";

    @Inject
    private RetailRecords records;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private RecordHistory history;

    @Inject
    private Actor actor;

    protected RetailService() {}

    /** For use as a plain library. */
    public RetailService(RetailRecords records, OrganisationRecords organisations, RecordHistory history, Actor actor) {
        this.records = records;
        this.organisations = organisations;
        this.history = history;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RetailPremises> premisesOf(long organisationId) {
        organisations.get(organisationId);
        return records.premises(organisationId);
    }

    public RetailPremises savePremises(
            long organisationId, Long expectedVersion, Integer staffHeadcount, boolean hotspot) {
        editableRetail(organisationId);
        RetailPremises premises = records.premises(organisationId).orElse(null);
        if (premises == null
                ? expectedVersion != null
                : !Long.valueOf(premises.getVersion()).equals(expectedVersion)) {
            throw new StaleRecordException(
                    "The premises details",
                    premises == null ? null : premises.getUpdatedBy(),
                    premises == null ? null : premises.getUpdatedAt());
        }
        Map<String, String> before = premises == null ? Map.of() : premises.snapshot();
        boolean isNew = premises == null;
        if (isNew) {
            premises = new RetailPremises(organisationId);
        }
        premises.change(staffHeadcount, hotspot, actor.username());
        records.save(premises, isNew);
        history.updated(
                OrganisationRecords.RECORD_TYPE,
                organisationId,
                "Premises details changed",
                before,
                premises.snapshot());
        return premises;
    }

    public AwarenessVisit recordVisit(long organisationId, LocalDate date, String partner, String materialsLeft) {
        editableRetail(organisationId);
        AwarenessVisit visit = new AwarenessVisit(organisationId, date, partner, materialsLeft, actor.username());
        records.save(visit, true);
        history.created(VISIT_RECORD, visit.getId(), "Awareness visit recorded", visit.snapshot());
        return visit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwarenessVisit> visitsTo(long organisationId) {
        organisations.get(organisationId);
        return records.visitsTo(organisationId);
    }

    /**
     * How many of the premises' staff are trained, by the rule in {@link org.engagement.plugins.retail.persistence.CoverageQuery}: the people with valid
     * training records, plus the unnamed headcount of valid sessions held for these premises alone, never more than
     * the recorded staff headcount. Empty when the actor's roles do not include training records.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> staffTrained(long organisationId) {
        organisations.get(organisationId);
        if (!RoleSets.holds(actor, RoleSets.TRAINING_READERS)) {
            return Optional.empty();
        }
        return Optional.of(records.staffTrained(organisationId));
    }

    /** Sets the number of concerns reported in the quarter holding {@code meetingDate}, replacing an earlier figure. */
    public HotspotConcerns recordConcerns(long organisationId, LocalDate meetingDate, Integer concerns) {
        editableRetail(organisationId);
        if (meetingDate == null) {
            throw new InvalidInputException(
                    "meetingDate", "Enter the date of the partnership meeting the concerns were reported at.");
        }
        FinancialQuarter quarter = FinancialQuarter.of(meetingDate);
        HotspotConcerns row = records.concerns(organisationId, quarter).orElse(null);
        String before = row == null ? "" : String.valueOf(row.getConcerns());
        boolean isNew = row == null;
        if (isNew) {
            row = new HotspotConcerns(organisationId, quarter);
        }
        row.record(concerns, actor.username());
        records.save(row, isNew);
        history.updated(
                OrganisationRecords.RECORD_TYPE,
                organisationId,
                "Concerns reported in " + quarter.label(),
                Map.of("Concerns " + quarter.label(), before),
                Map.of("Concerns " + quarter.label(), String.valueOf(row.getConcerns())));
        return row;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HotspotConcerns> concernsAt(long organisationId) {
        organisations.get(organisationId);
        return records.concernsAt(organisationId);
    }

    /**
     * Premises of each type in each area (ward): how many were visited, how many have trained staff, how many
     * are hotspots, their staff headcount and how many of their staff are trained (see {@link org.engagement.plugins.retail.persistence.CoverageQuery}). Two
     * statements (the courses' validities, then the table summed by the database), whatever the number of premises.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoverageRow> coverage() {
        if (actor.roles().stream().noneMatch(RetailModule.READERS::contains)) {
            throw new AccessDeniedException("Your role does not include the retail sector's coverage.");
        }
        List<Object[]> groups = records.coverageGroups(RoleSets.holds(actor, RoleSets.TRAINING_READERS));
        Map<String, CoverageRow> rows = new TreeMap<>();
        for (Object[] g : groups) {
            String type = organisations.typeLabel((String) g[0]);
            String ward = (String) g[1];
            // Blank and missing wards are one area, as the people reading the table see them.
            String area = ward == null || ward.isBlank() ? "No area recorded" : ward;
            rows.merge(
                    type + "\u0000" + area,
                    new CoverageRow(
                            type, area, count(g[2]), count(g[3]), count(g[4]), count(g[5]), count(g[6]), count(g[7])),
                    CoverageRow::plus);
        }
        return new ArrayList<>(rows.values());
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private void editableRetail(long organisationId) {
        OrganisationRef organisation = organisations.getEditable(organisationId);
        if (!RetailModule.TYPE_CODES.contains(organisation.getTypeCode())) {
            throw new InvalidInputException(
                    "staffHeadcount", "Premises details are kept for retail and night-time economy premises only.");
        }
    }

    /** One line of the coverage table. */
    public record CoverageRow(
            String type,
            String area,
            long premises,
            long visited,
            long withTrainedStaff,
            long hotspots,
            long staff,
            long staffTrained)
            implements java.io.Serializable {

        CoverageRow plus(CoverageRow other) {
            return new CoverageRow(
                    type,
                    area,
                    premises + other.premises,
                    visited + other.visited,
                    withTrainedStaff + other.withTrainedStaff,
                    hotspots + other.hotspots,
                    staff + other.staff,
                    staffTrained + other.staffTrained);
        }

        /** Visited as a share of premises, in words and figures, e.g. "2 of 3 (67%)". */
        public String visitedText() {
            return visited + " of " + premises + " (" + Math.round(100.0 * visited / premises) + "%)";
        }
    }
}
