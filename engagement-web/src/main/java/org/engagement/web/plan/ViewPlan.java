package org.engagement.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagement.core.plan.ActionDetails;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.BoardReports;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.plan.Rag;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.core.spi.PageFeedback.Refusal;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** One plan: its actions by outcome with their status and latest progress, and a new action. */
@Named
@ViewScoped
public class ViewPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private PageFeedback feedback;

    @Inject
    private BoardReports reports;

    private Long id;
    private ActionPlan plan;
    private List<ActionRow> rows;
    private final NewAction next = new NewAction();
    private transient UploadedFile file;

    public void load() {
        plan = plans.plan(id);
        Map<Long, ProgressUpdate> latest = plans.latestProgressOf(id);
        rows = plans.actionsOf(id).stream()
                .map(a -> new ActionRow(a, plans.statusOf(a), latest.get(a.getId())))
                .toList();
    }

    public String addAction() {
        return feedback.navigate(
                () -> new Outcome(
                        "Action " + plans.addAction(id, next.details()).getReference() + " added.",
                        "/plan/view.xhtml?faces-redirect=true&id=" + id),
                "newAction");
    }

    /** Adds the spreadsheet's actions, or none of them, listing every bad line. */
    public void importActions() {
        feedback.showing(
                        InvalidLinesException.class,
                        bad -> Refusal.beside(
                                "file",
                                Stream.concat(
                                                Stream.of(
                                                        "Nothing was imported: correct these lines and import the file again."),
                                                bad.lines().stream().map(e -> "Line " + e.line() + ": " + e.message()))
                                        .toList()))
                .attempt(
                        () -> {
                            if (file == null || file.getSize() == 0) {
                                throw new InvalidInputException(
                                        "file", "Choose the plan's spreadsheet (CSV or XLSX) to import.");
                            }
                            if (file.getSize() > PlansResource.MAX_IMPORT_BYTES) {
                                throw new InvalidInputException(
                                        "file", "The file is larger than 5 MB; an action plan is far smaller.");
                            }
                            return plans.importActions(id, file.getFileName(), file.getContent())
                                    + " actions imported.";
                        },
                        "importForm");
        file = null;
        load();
    }

    /** The plan in the columns it can be imported from. */
    public StreamedContent exportCsv() {
        byte[] csv = plans.exportCsv(id);
        return DefaultStreamedContent.builder()
                .name("action-plan.csv")
                .contentType("text/csv")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** The report to the board on the plan's quarters to date. */
    public StreamedContent boardReport() {
        byte[] pdf = reports.pdf(id, null, null);
        return DefaultStreamedContent.builder()
                .name("board-report.pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public Rag[] getStatuses() {
        return Rag.values();
    }

    /** The report holds the training table, which licensing officers do not read. */
    public boolean isMayReadReport() {
        return reports.mayRead();
    }

    public boolean isMayEdit() {
        return plans.canEdit();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public List<ActionRow> getRows() {
        return rows;
    }

    public NewAction getNext() {
        return next;
    }

    /** The fields of the new-action form. */
    public static class NewAction implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer outcomeNumber;
        private String outcomeTitle;
        private String reference;
        private String title;
        private String description;
        private String leadOfficer;
        private String partnerAgencies;
        private java.time.LocalDate startDate;
        private java.time.LocalDate dueDate;
        private String measureOfSuccess;
        private Rag status;
        private String statusReason;

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

        public Integer getOutcomeNumber() {
            return outcomeNumber;
        }

        public void setOutcomeNumber(Integer outcomeNumber) {
            this.outcomeNumber = outcomeNumber;
        }

        public String getOutcomeTitle() {
            return outcomeTitle;
        }

        public void setOutcomeTitle(String outcomeTitle) {
            this.outcomeTitle = outcomeTitle;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getLeadOfficer() {
            return leadOfficer;
        }

        public void setLeadOfficer(String leadOfficer) {
            this.leadOfficer = leadOfficer;
        }

        public String getPartnerAgencies() {
            return partnerAgencies;
        }

        public void setPartnerAgencies(String partnerAgencies) {
            this.partnerAgencies = partnerAgencies;
        }

        public java.time.LocalDate getStartDate() {
            return startDate;
        }

        public void setStartDate(java.time.LocalDate startDate) {
            this.startDate = startDate;
        }

        public java.time.LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(java.time.LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public String getMeasureOfSuccess() {
            return measureOfSuccess;
        }

        public void setMeasureOfSuccess(String measureOfSuccess) {
            this.measureOfSuccess = measureOfSuccess;
        }

        public Rag getStatus() {
            return status;
        }

        public void setStatus(Rag status) {
            this.status = status;
        }

        public String getStatusReason() {
            return statusReason;
        }

        public void setStatusReason(String statusReason) {
            this.statusReason = statusReason;
        }
    }
}
