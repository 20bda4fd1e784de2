package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;

/** The courses training is given on, and the catalogue of levels and audiences they belong to. */
@ApplicationScoped
@Transactional
public class CourseService {

    public static final String COURSE = "Course";

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private TrainingPermissions permissions;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected CourseService() {}

    /** For use as a plain library. */
    public CourseService(
            TrainingRepository training,
            TrainingCatalogue catalogue,
            TrainingPermissions permissions,
            ChangeLog changeLog,
            Actor actor) {
        this.training = training;
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Course> courses() {
        permissions.requireReader();
        return training.courses();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Course course(long id) {
        permissions.requireReader();
        return training.courseById(id).orElseThrow(() -> new NotFoundException(COURSE, id));
    }

    public Course createCourse(CourseDetails details) {
        permissions.requireAdmin();
        catalogue.requireLevel(details.levelCode());
        Course course = new Course(details, actor.username());
        if (training.courseByCode(course.getCode()).isPresent()) {
            throw new InvalidInputException(
                    "code", "There is already a course with the code " + course.getCode() + ".");
        }
        training.add(course);
        training.flush();
        changeLog.created(COURSE, course.getId(), "Course " + course.getCode() + " created", course.snapshot());
        return course;
    }

    public Course updateCourse(long id, long expectedVersion, CourseDetails details) {
        permissions.requireAdmin();
        Course course = training.courseById(id).orElseThrow(() -> new NotFoundException(COURSE, id));
        if (course.getVersion() != expectedVersion) {
            throw new StaleRecordException("Course " + course.getCode(), course.getUpdatedBy(), course.getUpdatedAt());
        }
        catalogue.requireLevel(details.levelCode());
        Optional<Course> sameCode = training.courseByCode(
                Objects.requireNonNullElse(details.code(), "").strip().toUpperCase(Locale.ROOT));
        if (sameCode.isPresent() && !sameCode.get().getId().equals(id)) {
            throw new InvalidInputException(
                    "code",
                    "There is already a course with the code " + sameCode.get().getCode() + ".");
        }
        Map<String, String> before = course.snapshot();
        course.change(details, actor.username());
        try {
            training.flush();
        } catch (OptimisticLockException race) {
            throw new StaleRecordException("Course " + course.getCode(), course.getUpdatedBy(), course.getUpdatedAt());
        }
        changeLog.updated(COURSE, id, "Course " + course.getCode() + " changed", before, course.snapshot());
        return course;
    }

    public TrainingCatalogue catalogue() {
        return catalogue;
    }
}
