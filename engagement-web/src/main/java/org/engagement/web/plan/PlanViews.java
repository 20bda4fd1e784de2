package org.engagement.web.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.engagement.core.plan.ActionDetails;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.Measure;
import org.engagement.core.plan.MeasureDetails;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanDetails;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.plan.Rag;
import org.engagement.core.plan.ShownStatus;
import org.engagement.core.spi.FigureContribution;

/** What the plan API reads and writes. */
public final class PlanViews {

    private PlanViews() {}

    public record PlanRequest(Long version, String title, LocalDate startsOn, LocalDate endsOn) {
        PlanDetails details() {
            return new PlanDetails(title, startsOn, endsOn);
        }
    }

    public record PlanSummary(long id, long version, String title, LocalDate startsOn, LocalDate endsOn) {
        static PlanSummary of(ActionPlan p) {
            return new PlanSummary(p.getId(), p.getVersion(), p.getTitle(), p.getStartsOn(), p.getEndsOn());
        }
    }

    public record PlanView(
            long id, long version, String title, LocalDate startsOn, LocalDate endsOn, List<ActionView> actions) {}

    public record ActionRequest(
            Long version,
            Integer outcomeNumber,
            String outcomeTitle,
            String reference,
            String title,
            String description,
            String leadOfficer,
            String partnerAgencies,
            LocalDate startDate,
            LocalDate dueDate,
            String measureOfSuccess,
            Rag status,
            String statusReason) {
        ActionDetails details() {
            return new ActionDetails(
                    outcomeNumber == null ? 0 : outcomeNumber,
                    outcomeTitle,
                    reference,
                    title,
                    description,
                    leadOfficer,
                    partnerAgencies,
                    startDate,
                    dueDate,
                    measureOfSuccess,
                    status,
                    statusReason);
        }
    }

    public record MeasureView(String figureId, BigDecimal target, LocalDate targetDate, LocalDate countFrom) {
        static MeasureView of(Measure m) {
            return m == null
                    ? null
                    : new MeasureView(m.getFigureId(), m.getTarget(), m.getTargetDate(), m.getCountFrom());
        }
    }

    /**
     * @param status          the status shown, with {@code statusReason}
     * @param statusSetByLead whether a lead chose it (by hand, or overriding the measure)
     * @param suggested       the measure's suggestion, if its measure is bound to a figure offered here
     */
    public record ActionView(
            long id,
            long version,
            long planId,
            int outcomeNumber,
            String outcomeTitle,
            String reference,
            String title,
            String description,
            String leadOfficer,
            String partnerAgencies,
            LocalDate startDate,
            LocalDate dueDate,
            String measureOfSuccess,
            Rag status,
            String statusText,
            String statusReason,
            boolean statusSetByLead,
            Rag suggested,
            Double currentValue,
            MeasureView measure,
            Long carriedFromId,
            Long carriedToId,
            ProgressView latestProgress,
            String updatedBy,
            Instant updatedAt) {

        static ActionView of(PlanAction a, ShownStatus shown, ProgressUpdate latest) {
            return new ActionView(
                    a.getId(),
                    a.getVersion(),
                    a.getPlan().getId(),
                    a.getOutcome().getNumber(),
                    a.getOutcome().getTitle(),
                    a.getReference(),
                    a.getTitle(),
                    a.getDescription(),
                    a.getLeadOfficer(),
                    a.getPartnerAgencies(),
                    a.getStartDate(),
                    a.getDueDate(),
                    a.getMeasureOfSuccess(),
                    shown.rag(),
                    shown.describe(),
                    shown.reason(),
                    a.getStatus() != null,
                    shown.suggestion() == null ? null : shown.suggestion().rag(),
                    shown.suggestion() == null ? null : shown.suggestion().value(),
                    MeasureView.of(a.getMeasure()),
                    a.getCarriedFromId(),
                    a.getCarriedToId(),
                    latest == null ? null : ProgressView.of(latest),
                    a.getUpdatedBy(),
                    a.getUpdatedAt());
        }

        static ActionView of(PlanAction a, ShownStatus shown, Map<Long, ProgressUpdate> latest) {
            return of(a, shown, latest.get(a.getId()));
        }
    }

    /** {@code status} null (with a version) returns the action to its measure's suggestion. */
    public record StatusRequest(Long version, Rag status, String reason) {}

    public record MeasureRequest(
            Long version, String figureId, BigDecimal target, LocalDate targetDate, LocalDate countFrom) {
        MeasureDetails details() {
            return new MeasureDetails(figureId, target, targetDate, countFrom);
        }
    }

    public record ProgressRequest(LocalDate writtenOn, String note) {}

    public record ProgressView(long id, LocalDate writtenOn, String note, String author, Instant recordedAt) {
        static ProgressView of(ProgressUpdate u) {
            return new ProgressView(u.getId(), u.getWrittenOn(), u.getNote(), u.getAuthor(), u.getRecordedAt());
        }
    }

    public record CarryRequest(Long toPlanId) {}

    public record FigureView(String id, String label, String unit, String kind, String drillDown) {
        static FigureView of(FigureContribution f) {
            return new FigureView(f.id(), f.label(), f.unit().name(), f.kind().name(), f.drillDown());
        }
    }
}
