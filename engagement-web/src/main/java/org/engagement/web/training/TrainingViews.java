package org.engagement.web.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.training.Course;
import org.engagement.core.training.ExpiringTraining;
import org.engagement.core.training.QuarterlyFigures;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingSession;

/** The JSON shapes of the training API. */
public final class TrainingViews {

    private TrainingViews() {}

    public record CourseView(
            long id,
            long version,
            String code,
            String title,
            String level,
            String delivery,
            Integer validityMonths,
            String description) {

        static CourseView of(Course c) {
            return new CourseView(
                    c.getId(),
                    c.getVersion(),
                    c.getCode(),
                    c.getTitle(),
                    c.getLevelCode(),
                    c.getDelivery().name(),
                    c.getValidityMonths(),
                    c.getDescription());
        }
    }

    public record SessionView(
            long id,
            long version,
            String courseCode,
            LocalDate date,
            String audience,
            String venue,
            String trainers,
            int headcount,
            int namedAttendees,
            int peopleTrained,
            List<Long> organisationIds,
            Integer evaluationForms,
            Integer improvedPercent,
            BigDecimal confidenceBefore,
            BigDecimal confidenceAfter,
            String status,
            Integer places,
            List<Long> invitedPersonIds) {

        static SessionView of(TrainingSession s) {
            var e = s.getEvaluation();
            return new SessionView(
                    s.getId(),
                    s.getVersion(),
                    s.getCourse().getCode(),
                    s.getHeldOn(),
                    s.getAudienceCode(),
                    s.getVenue(),
                    s.getTrainers(),
                    s.getHeadcount(),
                    s.getNamedCount(),
                    s.getPeopleTrained(),
                    s.getOrganisations().stream()
                            .map(Organisation::getId)
                            .sorted()
                            .toList(),
                    e == null ? null : e.getForms(),
                    e == null ? null : e.improvedPercent(),
                    e == null ? null : e.getConfidenceBefore(),
                    e == null ? null : e.getConfidenceAfter(),
                    s.getStatus().name(),
                    s.getPlaces(),
                    s.getInvitees().stream().map(p -> p.getId()).sorted().toList());
        }
    }

    public record RecordView(
            long id,
            long personId,
            String personName,
            String courseCode,
            String courseTitle,
            String level,
            LocalDate completedOn,
            String certificateNumber,
            LocalDate validUntil,
            boolean current,
            Long sessionId) {

        static RecordView of(TrainingRecord r, LocalDate today) {
            return new RecordView(
                    r.getId(),
                    r.getPerson().getId(),
                    r.getPerson().getName(),
                    r.getCourse().getCode(),
                    r.getCourse().getTitle(),
                    r.getCourse().getLevelCode(),
                    r.getCompletedOn(),
                    r.getCertificateNumber(),
                    r.getValidUntil(),
                    r.isValidOn(today),
                    r.getSession() == null ? null : r.getSession().getId());
        }
    }

    public record ExpiringView(RecordView record, List<String> organisations) {

        static ExpiringView of(ExpiringTraining e, LocalDate today) {
            return new ExpiringView(RecordView.of(e.record(), today), e.organisations());
        }
    }

    public record QuarterView(String label, LocalDate start, LocalDate end) {

        static QuarterView of(FinancialQuarter q) {
            return new QuarterView(q.label(), q.start(), q.end());
        }
    }

    public record RowView(String audience, String label, List<Long> counts, long total) {}

    public record QuarterlyView(List<QuarterView> quarters, List<RowView> rows, List<Long> totals, long grandTotal) {

        static QuarterlyView of(QuarterlyFigures f) {
            return new QuarterlyView(
                    f.quarters().stream().map(QuarterView::of).toList(),
                    f.rows().stream()
                            .map(r -> new RowView(r.audienceCode(), r.audienceLabel(), r.counts(), r.total()))
                            .toList(),
                    f.totals(),
                    f.grandTotal());
        }
    }
}
