package org.engagement.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.RecordViews;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.TrainingPermissions;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingRecordService;
import org.engagement.web.privacy.RecordKinds;
import org.omnifaces.util.Faces;

/**
 * A person's page: their details (personal data only for roles entitled to it), where they hold roles, and their
 * training records, current and expired. It lives with training because the records are what people come for.
 */
@Named
@ViewScoped
public class ViewPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactService contacts;

    @Inject
    private TrainingRecordService trainingRecords;

    @Inject
    private CourseService courseService;

    @Inject
    private TrainingPermissions trainingPermissions;

    @Inject
    private RecordViews views;

    private Long id;
    private PersonProfile person;
    private List<TrainingRecord> records = List.of();

    /** Called by the view's f:viewAction. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Person", "(no id given)");
        }
        try {
            person = contacts.person(id);
        } catch (NotFoundException gone) {
            // A person merged into another lives on as that one: old links and bookmarks are sent there.
            long survivor = contacts.mergedInto(id).orElseThrow(() -> gone);
            Faces.redirect("people/view.xhtml?id=%s", String.valueOf(survivor));
            return;
        }
        records = trainingRecords.recordsOf(id);
        views.viewed(RecordKinds.PERSON, id, id);
    }

    public boolean isCurrent(TrainingRecord record) {
        return record.isValidOn(Dates.today());
    }

    public String levelLabel(String code) {
        return courseService.catalogue().levelLabel(code);
    }

    /** Session pages are for those who read training figures, not for licensing officers. */
    public boolean isMayOpenSessions() {
        return trainingPermissions.mayRead();
    }

    public long getCurrentCount() {
        return records.stream().filter(this::isCurrent).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonProfile getPerson() {
        return person;
    }

    public List<TrainingRecord> getRecords() {
        return records;
    }
}
