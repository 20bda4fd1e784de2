package org.engagement.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.core.training.Audience;
import org.engagement.core.training.Course;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingPermissions;
import org.engagement.core.training.TrainingSession;
import org.engagement.core.training.TrainingSessionService;

/** The list of training sessions in a date range, recording one delivered or planning one, and planned ones that have passed. */
@Named
@ViewScoped
public class RecordTrainingSessions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageFeedback feedback;

    @Inject
    private TrainingSessionService trainingSessions;

    @Inject
    private CourseService courseService;

    @Inject
    private TrainingPermissions trainingPermissions;

    @Inject
    private OrganisationService organisations;

    private LocalDate from = Dates.today().minusYears(1);
    private LocalDate to = Dates.today();
    private String audience;
    private List<TrainingSession> sessions = List.of();

    private String courseCode;
    private LocalDate heldOn = Dates.today();
    private String newAudience;
    private String venue;
    private String trainers;
    private Integer headcount;
    private Long hostId;
    private boolean planning;
    private Integer places;
    private List<TrainingSession> passed;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        feedback.attempt(
                () -> {
                    sessions = trainingSessions.sessions(
                            from, to, audience == null || audience.isBlank() ? null : audience);
                },
                "filters",
                null);
    }

    /** Opens the dialog to record a delivered session ({@code false}) or to plan one ({@code true}). */
    public void start(boolean plan) {
        planning = plan;
        heldOn = plan ? null : Dates.today();
        places = null;
        headcount = null;
    }

    public String record() {
        SessionDetails details = new SessionDetails(
                courseCode,
                heldOn,
                newAudience,
                venue,
                trainers,
                planning ? null : headcount,
                hostId == null ? List.of() : List.of(hostId));
        return feedback.navigate(
                () -> {
                    TrainingSession session = planning
                            ? trainingSessions.planSession(details, places, List.of())
                            : trainingSessions.recordSession(details);
                    return new Outcome(
                            planning
                                    ? "Session planned for " + Dates.describe(session.getHeldOn())
                                            + ". It counts in no figure until you record who attended, on or after"
                                            + " the day."
                                    : "Session recorded. Add named attendees below, one at a time or from a CSV file.",
                            "/training/session.xhtml?faces-redirect=true&id=" + session.getId());
                },
                "recordSessionForm");
    }

    public List<Course> getCourses() {
        return courseService.courses();
    }

    public List<Audience> getAudiences() {
        return courseService.catalogue().audiences();
    }

    /** Only the audiences this user may record sessions for. */
    public List<Audience> getRecordableAudiences() {
        return getAudiences().stream().filter(trainingPermissions::mayRecordFor).toList();
    }

    public boolean isMayRecord() {
        return !getRecordableAudiences().isEmpty();
    }

    /** Organisations the user may add people to, as hosts of the session (their people become attendees). */
    public List<Organisation> getHosts() {
        List<Organisation> hosts = new ArrayList<>(organisations
                .search(new OrganisationSearch(
                        null, null, null, null, null, null, null, "name", false, 0, OrganisationSearch.MAX_PAGE))
                .items());
        hosts.removeIf(o -> !organisations.canEdit(o));
        return hosts;
    }

    public String audienceLabel(String code) {
        return courseService.catalogue().audienceLabel(code);
    }

    public List<TrainingSession> getSessions() {
        return sessions;
    }

    /** Planned sessions whose day has passed with no attendance recorded, for those who record it. */
    public List<TrainingSession> getPassed() {
        if (passed == null) {
            passed = isMayRecord() ? trainingSessions.plannedSessionsPassed() : List.of();
        }
        return passed;
    }

    public boolean isPlanning() {
        return planning;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNewAudience() {
        return newAudience;
    }

    public void setNewAudience(String newAudience) {
        this.newAudience = newAudience;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getTrainers() {
        return trainers;
    }

    public void setTrainers(String trainers) {
        this.trainers = trainers;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }
}
