package org.engagement.core.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.FollowUp;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.reminder.Notification;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditAmendment;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.spi.NativeQueries;
import org.engagement.core.training.EvaluationAnswer;
import org.engagement.core.training.TrainingSession;

/**
 * Takes a person's name, email and phone out of the core's free text: what officers wrote (an engagement's summary, a
 * finding's evidence, a profile's notes) and the change history's summaries and values, where other records' entries
 * name them (an engagement's attendees, a profile's lead). Plain SQL on the tables' keys, the same on every database.
 *
 * <p>{@link #FREE_TEXT} is the one list of officers' free text: erasure replaces a person's name in each column, and
 * each says how a reader who is not the data protection officer is shown it while a person it names is restricted.
 * {@code OfficersTextTest} holds the entities to it: every column listed as masked by its entity is masked by that
 * entity's copy for showing, and every long text column of every entity is either listed or said not to be officers'
 * free text, so a new one cannot be erased and not masked, or masked and not erased.
 */
final class TextRedaction {

    /** How a reader who is not the data protection officer is shown a column while a person it names is restricted. */
    enum Shown {
        /**
         * Masked by its entity's copy for showing ({@code shownWith}, or its parent's for a finding, an amendment or a
         * follow-up), which the services hand out.
         */
        BY_ENTITY,
        /** The change history's values, masked by {@code ChangeLogEntry.withTextShown} as history is handed out. */
        BY_HISTORY,
        /** Read by the data protection officer alone (the requests and objections registers). */
        DPO_ONLY
    }

    /**
     * A column of free text, the columns that find its row, its length (a longer replacement is cut to fit), and the
     * entity field it maps (null for the change history's values, an element collection).
     */
    record TextColumn(
            String table, List<String> keys, String column, int length, Class<?> entity, String field, Shown shown) {}

    static final List<TextColumn> FREE_TEXT = List.of(
            of(Engagement.class, "summary", Shown.BY_ENTITY),
            of(Engagement.class, "outcome", Shown.BY_ENTITY),
            of(FollowUp.class, "action", Shown.BY_ENTITY),
            of(Finding.class, "evidence", Shown.BY_ENTITY),
            of(Finding.class, "actionText", Shown.BY_ENTITY),
            of(Finding.class, "actionOwner", Shown.BY_ENTITY),
            of(Audit.class, "auditor", Shown.BY_ENTITY),
            of(AuditAmendment.class, "reason", Shown.BY_ENTITY),
            of(AuditAmendment.class, "before", Shown.BY_ENTITY),
            of(AuditAmendment.class, "after", Shown.BY_ENTITY),
            of(SafeguardingProfile.class, "notes", Shown.BY_ENTITY),
            of(Organisation.class, "notes", Shown.BY_ENTITY),
            of(PlanAction.class, "title", Shown.BY_ENTITY),
            of(PlanAction.class, "description", Shown.BY_ENTITY),
            of(PlanAction.class, "leadOfficer", Shown.BY_ENTITY),
            of(PlanAction.class, "partnerAgencies", Shown.BY_ENTITY),
            of(PlanAction.class, "measureOfSuccess", Shown.BY_ENTITY),
            of(PlanAction.class, "statusReason", Shown.BY_ENTITY),
            of(ProgressUpdate.class, "note", Shown.BY_ENTITY),
            of(TrainingSession.class, "trainers", Shown.BY_ENTITY),
            of(EvaluationAnswer.class, "text", Shown.BY_ENTITY),
            of(InformationSharingAgreement.class, "purpose", Shown.BY_ENTITY),
            of(InformationSharingAgreement.class, "dataCategories", Shown.BY_ENTITY),
            of(Notification.class, "message", Shown.BY_ENTITY),
            of(PrivacyRequest.class, "detail", Shown.DPO_ONLY),
            of(Objection.class, "grounds", Shown.DPO_ONLY),
            of(Objection.class, "decisionReason", Shown.DPO_ONLY),
            of(ChangeLogEntry.class, "summary", Shown.BY_HISTORY),
            new TextColumn(
                    "change_log_field",
                    List.of("entry_id", "position"),
                    "before_value",
                    4000,
                    null,
                    null,
                    Shown.BY_HISTORY),
            new TextColumn(
                    "change_log_field",
                    List.of("entry_id", "position"),
                    "after_value",
                    4000,
                    null,
                    null,
                    Shown.BY_HISTORY));

    /** The column an entity's field maps, found by the id, as its mapping names it (table, column name and length). */
    private static TextColumn of(Class<?> entity, String field, Shown shown) {
        try {
            Column column = entity.getDeclaredField(field).getAnnotation(Column.class);
            String name = column.name().isEmpty() ? field : column.name();
            return new TextColumn(
                    entity.getAnnotation(Table.class).name(),
                    List.of("id"),
                    name,
                    column.length(),
                    entity,
                    field,
                    shown);
        } catch (NoSuchFieldException renamed) {
            throw new IllegalStateException(entity.getSimpleName() + " has no field " + field, renamed);
        }
    }

    private TextRedaction() {}

    /** Replaces every occurrence of each text (any case) with the replacement; returns how many values changed. */
    static int redact(EntityManager em, List<String> texts, String replacement) {
        int changed = 0;
        for (String text : texts) {
            if (text != null && text.strip().length() >= 3) {
                for (TextColumn column : FREE_TEXT) {
                    changed += redact(em, column, text.strip(), replacement);
                }
            }
        }
        return changed;
    }

    private static int redact(EntityManager em, TextColumn column, String text, String replacement) {
        String keys = String.join(", ", column.keys());
        List<Object[]> rows = NativeQueries.rows(NativeQueries.bound(
                em,
                "SELECT " + keys + ", " + column.column() + " FROM " + column.table() + " WHERE LOWER("
                        + column.column() + ") LIKE ?" + LikePattern.ESCAPE_CLAUSE,
                List.of(LikePattern.contains(text.toLowerCase(Locale.ROOT)))));
        Pattern occurrence = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
        String where =
                String.join(" AND ", column.keys().stream().map(k -> k + " = ?").toList());
        for (Object[] row : rows) {
            String value = (String) row[row.length - 1];
            String redacted = occurrence.matcher(value).replaceAll(Matcher.quoteReplacement(replacement));
            List<Object> parameters = new ArrayList<>();
            parameters.add(redacted.length() > column.length() ? redacted.substring(0, column.length()) : redacted);
            for (int i = 0; i < column.keys().size(); i++) {
                parameters.add(row[i]);
            }
            NativeQueries.bound(
                            em,
                            "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + where,
                            parameters)
                    .executeUpdate();
        }
        return rows.size();
    }
}
