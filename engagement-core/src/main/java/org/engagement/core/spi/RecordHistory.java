package org.engagement.core.spi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.engagement.core.audit.ChangeLog;

/**
 * The core's change history, for a module's own records: who changed what, when, with the values before and after.
 * Entries appear in the history pages and exports beside the core's own, under the module's record types (or
 * {@link OrganisationRecords#RECORD_TYPE} for a module's details of an organisation).
 */
@ApplicationScoped
public class RecordHistory {

    @Inject
    private ChangeLog changeLog;

    protected RecordHistory() {}

    /** Outside a container (a module's persistence tests). */
    public RecordHistory(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    public void created(String recordType, long recordId, String summary, Map<String, String> after) {
        changeLog.created(recordType, recordId, summary, after);
    }

    public void updated(
            String recordType, long recordId, String summary, Map<String, String> before, Map<String, String> after) {
        changeLog.updated(recordType, recordId, summary, before, after);
    }

    public void deleted(String recordType, long recordId, String summary, Map<String, String> before) {
        changeLog.deleted(recordType, recordId, summary, before);
    }
}
