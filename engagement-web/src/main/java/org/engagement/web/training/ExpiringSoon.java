package org.engagement.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.ExpiringTraining;
import org.engagement.core.training.TrainingRecordService;

/** People whose training expires in the next N days, with their organisations. */
@Named
@RequestScoped
public class ExpiringSoon {

    @Inject
    private PageFeedback feedback;

    @Inject
    private TrainingRecordService trainingRecords;

    @Inject
    private CourseService courseService;

    private int days = 60;
    private List<ExpiringTraining> expiring = List.of();

    public void load() {
        feedback.attempt(
                () -> {
                    expiring = trainingRecords.expiringWithin(days);
                },
                "range",
                null);
    }

    public String levelLabel(String code) {
        return courseService.catalogue().levelLabel(code);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public List<ExpiringTraining> getExpiring() {
        return expiring;
    }
}
