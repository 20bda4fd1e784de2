package org.engagement.core.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.spi.NativeQueries;

/**
 * Takes a person's name, email and phone out of the core's free text: what officers wrote (an engagement's summary, a
 * finding's evidence, a profile's notes) and the change history's summaries and values, where other records' entries
 * name them (an engagement's attendees, a profile's lead). Plain SQL on the tables' keys, the same on every database.
 */
final class TextRedaction {

    /** A column of free text, the columns that find its row, and its length (a longer replacement is cut to fit). */
    record TextColumn(String table, List<String> keys, String column, int length) {}

    static final List<TextColumn> FREE_TEXT = List.of(
            new TextColumn("engagement", List.of("id"), "summary", 4000),
            new TextColumn("engagement", List.of("id"), "outcome", 4000),
            new TextColumn("follow_up", List.of("id"), "action", 500),
            new TextColumn("audit_finding", List.of("id"), "evidence", 4000),
            new TextColumn("audit_finding", List.of("id"), "action_text", 1000),
            new TextColumn("audit_finding", List.of("id"), "action_owner", 100),
            new TextColumn("audit", List.of("id"), "auditor", 100),
            new TextColumn("audit_amendment", List.of("id"), "reason", 1000),
            new TextColumn("audit_amendment", List.of("id"), "finding_before", 6000),
            new TextColumn("audit_amendment", List.of("id"), "finding_after", 6000),
            new TextColumn("safeguarding_profile", List.of("id"), "notes", 2000),
            new TextColumn("organisation", List.of("id"), "notes", 4000),
            new TextColumn("plan_action", List.of("id"), "title", 400),
            new TextColumn("plan_action", List.of("id"), "description", 4000),
            new TextColumn("plan_action", List.of("id"), "lead_officer", 200),
            new TextColumn("plan_action", List.of("id"), "partner_agencies", 1000),
            new TextColumn("plan_action", List.of("id"), "measure_of_success", 2000),
            new TextColumn("plan_action", List.of("id"), "status_reason", 2000),
            new TextColumn("plan_progress", List.of("id"), "note", 4000),
            new TextColumn("training_session", List.of("id"), "trainers", 300),
            new TextColumn("evaluation_answer", List.of("id"), "answer_text", 1000),
            new TextColumn("sharing_agreement", List.of("id"), "purpose", 4000),
            new TextColumn("sharing_agreement", List.of("id"), "data_categories", 2000),
            new TextColumn("notification", List.of("id"), "message", 500),
            new TextColumn("privacy_request", List.of("id"), "detail", 1000),
            new TextColumn("privacy_objection", List.of("id"), "grounds", 1000),
            new TextColumn("privacy_objection", List.of("id"), "decision_reason", 1000),
            new TextColumn("change_log", List.of("id"), "summary", 400),
            new TextColumn("change_log_field", List.of("entry_id", "position"), "before_value", 4000),
            new TextColumn("change_log_field", List.of("entry_id", "position"), "after_value", 4000));

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
