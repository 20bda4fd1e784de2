package org.engagement.core.privacy.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.engagement.core.privacy.Anonymisation;
import org.engagement.core.spi.RetainedRecord;
import org.engagement.core.spi.RetentionAction;
import org.engagement.core.spi.RetentionKind;
import org.engagement.core.spi.RetentionSource;

/**
 * The core's rows of the retention schedule. Records that count in figures (a person, an engagement, a follow-up, a
 * training record, an audit) are only ever anonymised: their personal data goes, the record stays and still counts.
 * Records no figure counts (signed agreement documents, change history, the security log, the access log) may be
 * deleted.
 */
@ApplicationScoped
public class CoreRetention implements RetentionSource {

    static final String PERSON = "person-no-active-role";
    static final String ENGAGEMENT = "engagement";
    static final String FOLLOW_UP = "follow-up";
    static final String TRAINING_RECORD = "training-record";
    static final String AUDIT = "audit";
    static final String AGREEMENT_DOCUMENT = "agreement-document";
    static final String CHANGE_HISTORY = "change-history";
    static final String SECURITY_LOG = "security-log";
    static final String ACCESS_LOG = "access-log";

    /** What stands in for free text the schedule removed; also how a later run knows the record is done. */
    static final String REMOVED = "Removed under the retention schedule";

    /** What a removed record's own change history shows in place of each value. */
    static final String HISTORY_VALUE_REMOVED = "(removed under the retention schedule)";

    private static final Set<RetentionAction> ANONYMISE_ONLY = Set.of(RetentionAction.ANONYMISE);
    private static final Set<RetentionAction> DELETE_ONLY = Set.of(RetentionAction.DELETE);
    private static final String SIX_YEARS = "Six years: the Limitation Act 1980 lets a claim be brought for six years,"
            + " and the partnership may need the record to answer one.";

    @Inject
    private RetentionRepository records;

    @Inject
    private Anonymisation anonymisation;

    protected CoreRetention() {}

    public CoreRetention(RetentionRepository records, Anonymisation anonymisation) {
        this.records = records;
        this.anonymisation = anonymisation;
    }

    @Override
    public List<RetentionKind> kinds() {
        return List.of(
                new RetentionKind(
                        PERSON,
                        "Person with no active role",
                        "the day their last role at an organisation ended (or their record last changed, if they never"
                                + " had one)",
                        24,
                        RetentionAction.ANONYMISE,
                        ANONYMISE_ONLY,
                        "Two years: long enough to pick up again with someone who returns or moves to another setting,"
                                + " short enough not to keep contact details of people the partnership no longer works"
                                + " with. Anonymised as an erasure is, so their attendances still count."),
                new RetentionKind(
                        ENGAGEMENT,
                        "Engagement (visit, call or meeting)",
                        "the date of the visit, call or meeting",
                        72,
                        RetentionAction.ANONYMISE,
                        ANONYMISE_ONLY,
                        SIX_YEARS + " The summary and outcome are removed; the engagement still counts."),
                new RetentionKind(
                        FOLLOW_UP,
                        "Follow-up of an engagement",
                        "the date it was due",
                        72,
                        RetentionAction.ANONYMISE,
                        ANONYMISE_ONLY,
                        SIX_YEARS + " The action's words are removed; it still counts as done or not done."),
                new RetentionKind(
                        TRAINING_RECORD,
                        "Training record",
                        "the day the training expired (or was completed, if it does not expire)",
                        72,
                        RetentionAction.ANONYMISE,
                        ANONYMISE_ONLY,
                        SIX_YEARS + " The certificate number is removed; the attendance still counts in the quarterly"
                                + " figures."),
                new RetentionKind(
                        AUDIT,
                        "Safeguarding audit",
                        "the date of the audit",
                        72,
                        RetentionAction.ANONYMISE,
                        ANONYMISE_ONLY,
                        SIX_YEARS + " The auditor's name, the evidence, actions' words and owners are removed; the"
                                + " ratings still count in the RAG figures."),
                new RetentionKind(
                        AGREEMENT_DOCUMENT,
                        "Signed information-sharing agreement document",
                        "the day the agreement ended",
                        72,
                        RetentionAction.DELETE,
                        DELETE_ONLY,
                        SIX_YEARS + " The signed file is deleted; the agreement's record and its parties stay."),
                new RetentionKind(
                        CHANGE_HISTORY,
                        "Change history entry",
                        "the time of the change",
                        72,
                        RetentionAction.DELETE,
                        DELETE_ONLY,
                        SIX_YEARS
                                + " Older entries are deleted with the values they held; the hash chain's check then starts"
                                + " from the checkpoint they leave."),
                new RetentionKind(
                        SECURITY_LOG,
                        "Security log entry (sign-ins, failures, account changes)",
                        "the time of the event",
                        12,
                        RetentionAction.DELETE,
                        DELETE_ONLY,
                        "One year: enough to investigate a misuse found at the annual access review, as the"
                                + " National Cyber Security Centre's logging guidance suggests keeping sign-in logs"
                                + " for at least six months."),
                new RetentionKind(
                        ACCESS_LOG,
                        "Access log entry (who viewed or exported personal data)",
                        "the time of the view or export",
                        24,
                        RetentionAction.DELETE,
                        DELETE_ONLY,
                        "Two years: a subject access export can then say who viewed the person's record over the last"
                                + " two years, and a misuse found at the annual access review can be traced back over"
                                + " the year before it. Entries are deleted from the oldest on; the hash chain's check"
                                + " then starts from the checkpoint they leave."));
    }

    @Override
    public List<RetainedRecord> due(String kind, LocalDate countsFromOnOrBefore, int limit) {
        if (!kind.equals(PERSON)) {
            return records.due(kind, countsFromOnOrBefore, limit);
        }
        // Never one a module's legal duty holds (a licence in force).
        return records.peopleWithNoActiveRole(countsFromOnOrBefore).stream()
                .filter(p -> anonymisation.refusals(p.id()).isEmpty())
                .sorted(Comparator.comparing(RetainedRecord::countsFrom).thenComparing(RetainedRecord::id))
                .limit(limit)
                .toList();
    }

    @Override
    public int apply(String kind, RetentionAction action, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return kind.equals(PERSON) ? anonymisePeople(ids) : records.apply(kind, ids);
    }

    private int anonymisePeople(List<Long> ids) {
        int done = 0;
        for (long id : ids) {
            if (anonymisation.refusals(id).isEmpty()) {
                anonymisation.anonymise(
                        id, "Retention schedule: the period for a person with no active role ran out", "retention");
                done++;
            }
        }
        return done;
    }
}
