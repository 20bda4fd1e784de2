package org.engagement.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.training.Course;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.TrainingLevel;
import org.omnifaces.util.Messages;

/** The course list; administrators add and change courses. */
@Named
@ViewScoped
public class ManageCourses implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageFeedback feedback;

    @Inject
    private CourseService courseService;

    private List<Course> courses = List.of();
    private Long editingId;
    private long editingVersion;
    private String code;
    private String title;
    private String levelCode;
    private Delivery delivery = Delivery.FACE_TO_FACE;
    private Integer validityMonths;
    private String description;

    @PostConstruct
    void load() {
        courses = courseService.courses();
    }

    public void startNew() {
        editingId = null;
        code = null;
        title = null;
        levelCode = null;
        delivery = Delivery.FACE_TO_FACE;
        validityMonths = null;
        description = null;
    }

    public void startEdit(Course course) {
        editingId = course.getId();
        editingVersion = course.getVersion();
        code = course.getCode();
        title = course.getTitle();
        levelCode = course.getLevelCode();
        delivery = course.getDelivery();
        validityMonths = course.getValidityMonths();
        description = course.getDescription();
    }

    public void save() {
        CourseDetails details = new CourseDetails(code, title, levelCode, delivery, validityMonths, description);
        feedback.attempt(
                () -> {
                    Course saved = editingId == null
                            ? courseService.createCourse(details)
                            : courseService.updateCourse(editingId, editingVersion, details);
                    Messages.create("Course {0} saved.", saved.getCode()).add();
                    load();
                    org.primefaces.PrimeFaces.current().executeScript("PF('courseDialog').hide()");
                },
                "courseForm",
                null);
    }

    public String levelLabel(String levelCode) {
        return courseService.catalogue().levelLabel(levelCode);
    }

    public List<TrainingLevel> getLevels() {
        return courseService.catalogue().levels();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public List<Course> getCourses() {
        return courses;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
