package org.engagement.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.training.AttendanceCsv;
import org.engagement.core.training.AttendanceResult;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingService;
import org.engagement.core.training.TrainingSession;
import org.engagement.web.faces.FacesErrors;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/** One session: its attendees with their expiry dates, and importing an attendance list from CSV. */
@Named
@ViewScoped
public class ViewTrainingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    private Long id;
    private TrainingSession session;
    private List<TrainingRecord> attendees = List.of();
    private List<InvalidLinesException.LineError> importErrors = List.of();

    public void load() {
        session = training.session(id);
        attendees = training.attendeesOf(id);
    }

    public void importCsv(FileUploadEvent event) {
        importErrors = List.of();
        try (InputStream csv = event.getFile().getInputStream()) {
            AttendanceResult result = training.importAttendees(id, csv);
            Messages.create("Imported {0}: {1} attendee(s) added, {2} already on this session.", event.getFile().getFileName(),
                    result.added(), result.alreadyPresent()).add();
        } catch (InvalidLinesException rejected) {
            importErrors = rejected.lines();
            Messages.create("{0} was not imported: correct the lines listed and upload it again. Nothing was saved.",
                    event.getFile().getFileName()).error().add();
        } catch (DomainException refused) {
            FacesErrors.show(refused, "importForm");
        } catch (IOException unreadable) {
            Messages.create("The file could not be read: {0}", unreadable.getMessage()).error().add();
        }
        load();
    }

    public boolean isMayRecord() {
        return session != null && training.catalogue().audience(session.getAudienceCode()).map(training::mayRecordFor).orElse(false);
    }

    public boolean isCurrent(TrainingRecord record) {
        return record.isValidOn(Dates.today());
    }

    public String getColumns() {
        return String.join(",", AttendanceCsv.COLUMNS);
    }

    public String audienceLabel() {
        return training.catalogue().audienceLabel(session.getAudienceCode());
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
