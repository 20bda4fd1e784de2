package org.engagement.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Refusal;
import org.engagement.core.training.AttendanceCsv;
import org.engagement.core.training.AttendanceResult;
import org.engagement.core.training.AttendanceService;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.Evaluation;
import org.engagement.core.training.EvaluationAnswer;
import org.engagement.core.training.EvaluationQuestion;
import org.engagement.core.training.TrainingPermissions;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingSession;
import org.engagement.core.training.TrainingSessionService;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/** One session: its attendees with their expiry dates, and importing an attendance list from CSV. */
@Named
@ViewScoped
public class ViewTrainingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageFeedback feedback;

    @Inject
    private TrainingSessionService trainingSessions;

    @Inject
    private AttendanceService attendance;

    @Inject
    private CourseService courseService;

    @Inject
    private TrainingPermissions trainingPermissions;

    private Long id;
    private TrainingSession session;
    private List<TrainingRecord> attendees = List.of();
    private List<InvalidLinesException.LineError> importErrors = List.of();
    private List<EvaluationAnswer> answers = List.of();
    private Integer evaluationForms;
    private Integer improved;
    private BigDecimal confidenceBefore;
    private BigDecimal confidenceAfter;
    private EvaluationQuestion question = EvaluationQuestion.LEARNT;
    private String answer;
    private String themes;

    /** Called by the view's f:viewAction; the id is not required on the view parameter so that postbacks keep working. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Training session", "(no id given)");
        }
        session = trainingSessions.session(id);
        attendees = attendance.attendeesOf(id);
        answers = trainingSessions.answersOf(id);
        Evaluation evaluation = session.getEvaluation();
        if (evaluation != null && evaluation.getForms() != null) {
            evaluationForms = evaluation.getForms();
            improved = evaluation.getImproved();
            confidenceBefore = evaluation.getConfidenceBefore();
            confidenceAfter = evaluation.getConfidenceAfter();
        }
    }

    public void saveEvaluation() {
        feedback.attempt(
                () -> {
                    if (evaluationForms == null) {
                        throw new InvalidInputException(
                                "evaluationForms", "Enter how many evaluation forms came back, or 0 if none did.");
                    }
                    trainingSessions.evaluate(
                            id,
                            session.getVersion(),
                            new Evaluation(
                                    evaluationForms,
                                    improved == null ? 0 : improved,
                                    confidenceBefore,
                                    confidenceAfter));
                    load();
                },
                "evaluationForm",
                "Evaluation saved.");
    }

    public void addAnswer() {
        feedback.attempt(
                () -> {
                    trainingSessions.addAnswer(id, question, answer, themes);
                    answer = null;
                    themes = null;
                    answers = trainingSessions.answersOf(id);
                },
                "answerForm",
                null);
    }

    public List<ThemeCount> getThemeCounts() {
        return EvaluationAnswer.countThemes(answers).entrySet().stream()
                .map(e -> new ThemeCount(e.getKey(), e.getValue()))
                .toList();
    }

    public record ThemeCount(String theme, long answers) {}

    public EvaluationQuestion[] getQuestions() {
        return EvaluationQuestion.values();
    }

    public List<EvaluationAnswer> getAnswers() {
        return answers;
    }

    public Integer getEvaluationForms() {
        return evaluationForms;
    }

    public void setEvaluationForms(Integer evaluationForms) {
        this.evaluationForms = evaluationForms;
    }

    public Integer getImproved() {
        return improved;
    }

    public void setImproved(Integer improved) {
        this.improved = improved;
    }

    public BigDecimal getConfidenceBefore() {
        return confidenceBefore;
    }

    public void setConfidenceBefore(BigDecimal confidenceBefore) {
        this.confidenceBefore = confidenceBefore;
    }

    public BigDecimal getConfidenceAfter() {
        return confidenceAfter;
    }

    public void setConfidenceAfter(BigDecimal confidenceAfter) {
        this.confidenceAfter = confidenceAfter;
    }

    public EvaluationQuestion getQuestion() {
        return question;
    }

    public void setQuestion(EvaluationQuestion question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public void importCsv(FileUploadEvent event) {
        importErrors = List.of();
        String filename = event.getFile().getFileName();
        try {
            feedback.showing(InvalidLinesException.class, rejected -> {
                        importErrors = rejected.lines();
                        return Refusal.atTop(List.of(MessageFormat.format(
                                "{0} was not imported: correct the lines listed and upload it again. Nothing was saved.",
                                filename)));
                    })
                    .attempt(
                            () -> {
                                AttendanceResult result = importAttendees(event);
                                return MessageFormat.format(
                                        "Imported {0}: {1} attendee(s) added, {2} already on this session.",
                                        filename, result.added(), result.alreadyPresent());
                            },
                            "importForm");
        } catch (UncheckedIOException unreadable) {
            Messages.create(
                            "The file could not be read: {0}",
                            unreadable.getCause().getMessage())
                    .error()
                    .add();
        }
        load();
    }

    private AttendanceResult importAttendees(FileUploadEvent event) {
        try (InputStream csv = event.getFile().getInputStream()) {
            return attendance.importAttendees(id, csv);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public boolean isMayRecord() {
        return session != null
                && courseService
                        .catalogue()
                        .audience(session.getAudienceCode())
                        .map(trainingPermissions::mayRecordFor)
                        .orElse(false);
    }

    public boolean isCurrent(TrainingRecord record) {
        return record.isValidOn(Dates.today());
    }

    public String getColumns() {
        return String.join(",", AttendanceCsv.COLUMNS);
    }

    public String audienceLabel() {
        return courseService.catalogue().audienceLabel(session.getAudienceCode());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public List<TrainingRecord> getAttendees() {
        return attendees;
    }

    public List<InvalidLinesException.LineError> getImportErrors() {
        return importErrors;
    }
}
