package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.metamodel.ManagedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.engagement.core.privacy.TextRedaction.Shown;
import org.engagement.core.privacy.TextRedaction.TextColumn;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The one list of officers' free text ({@link TextRedaction#FREE_TEXT}), which erasure reaches, held to the entities:
 * each column it says its entity masks is masked by that entity's copy for showing, and every long text column of
 * every entity is on the list or said here not to be officers' free text, with the reason. A new free-text field thus
 * fails this test until it is listed (so erased) and, if listed as masked, masked.
 */
class OfficersTextTest {

    /** Long text columns that are not officers' free text about people, each with why (entity.field). */
    private static final Map<String, String> NOT_OFFICERS_TEXT = Map.ofEntries(
            Map.entry("UserAccount.displayName", "a user's own name, for the user pages (not a restricted person)"),
            Map.entry("UserAccount.passwordHash", "a hash"),
            Map.entry("UserAccount.email", "a user's own address"),
            Map.entry("UserAccount.totpSecret", "a secret"),
            Map.entry("EvaluationAnswer.themes", "short theme tags counted across answers, not what was said"),
            Map.entry("Course.title", "the catalogue's course names"),
            Map.entry("Course.description", "the catalogue's description of a course, not about a person"),
            Map.entry("TrainingSession.venue", "a place"),
            Map.entry("ActionPlan.title", "a plan's name"),
            Map.entry("ActionPlan.titleKey", "a plan's name as a key"),
            Map.entry("Outcome.title", "an outcome's name"),
            Map.entry("Measure.figureId", "a figure's id"),
            Map.entry("Standard.title", "an audit template's standard"),
            Map.entry("Standard.guidance", "an audit template's standard"),
            Map.entry("Standard.evidence", "an audit template's standard: the evidence it asks for"),
            Map.entry("TemplateVersion.title", "an audit template's name"),
            Map.entry("AuditTemplate.title", "an audit template's name"),
            Map.entry("SafeguardingProfile.procedures", "the names of the procedures in place, from a fixed list"),
            Map.entry("Organisation.name", "the organisation's name"),
            Map.entry("Organisation.nameKey", "the organisation's name as a key"),
            Map.entry("Organisation.addressLine1", "an address (a known gap in PRIVACY.md if it names a person)"),
            Map.entry("Organisation.addressLine2", "an address (a known gap in PRIVACY.md if it names a person)"),
            Map.entry("Organisation.town", "a town"),
            Map.entry("Organisation.ward", "a ward"),
            Map.entry("Organisation.email", "the organisation's address"),
            Map.entry("Organisation.website", "the organisation's website"),
            Map.entry("Organisation.tags", "short tags (a known gap in PRIVACY.md if one names a person)"),
            Map.entry("AccessLogEntry.roles", "the viewer's roles; the access log is the DPO's"),
            Map.entry("AccessLogEntry.detail", "what was viewed; the access log is the DPO's, never rewritten"),
            Map.entry("Affiliation.role", "a person's role at the organisation, on their own (hidden) record"),
            Map.entry("Person.name", "the person's own record, hidden whole while restricted and erased"),
            Map.entry("Person.email", "the person's own record, hidden whole while restricted and erased"),
            Map.entry("Person.consentNotes", "the person's own record, hidden whole while restricted and erased"),
            Map.entry("SavedMapping.name", "an import mapping's name"),
            Map.entry("RetentionRun.summary", "counts of records the retention run changed, for the DPO"),
            Map.entry("SecurityEvent.username", "the security log, for administrators: who signed in"),
            Map.entry("SecurityEvent.detail", "the security log, for administrators"),
            Map.entry("SignInFailure.key", "a key counting failed sign-ins"),
            Map.entry("InformationSharingAgreement.title", "an agreement's name"),
            Map.entry("InformationSharingAgreement.sharingMethods", "method codes from a fixed list"),
            Map.entry("InformationSharingAgreement.retentionPeriod", "a period, e.g. '2 years'"),
            Map.entry("AgreementDocument.filename", "an uploaded file's name"),
            Map.entry("FieldChange.before", "the change history's values: listed as change_log_field.before_value"),
            Map.entry("FieldChange.after", "the change history's values: listed as change_log_field.after_value"));

    /** Shorter columns hold codes, keys and names of things, not an officer's sentences. */
    private static final int LONG_TEXT = 100;

    private static final String WRITTEN = "Met Sara Restricted at the door";
    private static final String MASKED = "[masked]";

    @Test
    void everyColumnListedAsMaskedByItsEntityIsMaskedByItsCopyForShowing() throws Exception {
        List<String> notMasked = new ArrayList<>();
        for (TextColumn column : TextRedaction.FREE_TEXT) {
            if (column.shown() == Shown.BY_ENTITY) {
                Object shown = shownCopy(column.entity(), column.field());
                if (!MASKED.equals(value(shown, column.field()))) {
                    notMasked.add(column.entity().getSimpleName() + "." + column.field());
                }
            }
        }
        assertThat(notMasked)
                .as("fields listed as masked that their entity's copy shows as written")
                .isEmpty();
    }

    @Test
    void everyLongTextColumnOfEveryEntityIsListedOrSaidNotToBeOfficersText() {
        Set<String> listed = new TreeSet<>();
        TextRedaction.FREE_TEXT.stream()
                .filter(c -> c.entity() != null)
                .forEach(c -> listed.add(c.entity().getSimpleName() + "." + c.field()));
        Set<String> unclassified = new TreeSet<>();
        Set<String> longText = new TreeSet<>();
        try (TestDatabase db = new TestDatabase()) {
            List<Class<?>> types = db.inTransaction(em -> em.getMetamodel().getManagedTypes().stream()
                    .<Class<?>>map(ManagedType::getJavaType)
                    .toList());
            for (Class<?> type : types) {
                for (Field field : type.getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (field.getType() == String.class && column != null && column.length() >= LONG_TEXT) {
                        String name = type.getSimpleName() + "." + field.getName();
                        longText.add(name);
                        if (!listed.contains(name) && !NOT_OFFICERS_TEXT.containsKey(name)) {
                            unclassified.add(name);
                        }
                    }
                }
            }
        }
        assertThat(longText).as("the scan sees the entities").contains("Engagement.summary", "Organisation.notes");
        assertThat(unclassified)
                .as("long text columns neither in TextRedaction.FREE_TEXT (erased, and masked or the DPO's) nor said"
                        + " here not to be officers' free text")
                .isEmpty();
        assertThat(listed)
                .as("listed fields this test no longer calls other")
                .doesNotContainAnyElementsOf(NOT_OFFICERS_TEXT.keySet());
    }

    /** A bare entity holding {@link #WRITTEN} in the field, as its copy for showing with everything masked. */
    private static Object shownCopy(Class<?> entity, String field) throws Exception {
        Constructor<?> bare = entity.getDeclaredConstructor();
        bare.setAccessible(true);
        Object record = bare.newInstance();
        Field text = entity.getDeclaredField(field);
        text.setAccessible(true);
        text.set(record, WRITTEN);
        UnaryOperator<String> mask = s -> s == null ? null : MASKED;
        for (Method method : entity.getDeclaredMethods()) {
            if (method.getName().equals("shownWith") && method.getParameterCount() == 1) {
                method.setAccessible(true);
                return method.invoke(record, mask);
            }
            if (method.getName().equals("shownIn")
                    && method.getParameterCount() == 2
                    && !Modifier.isStatic(method.getModifiers())) {
                // A child masked within its parent's copy: shown under no parent, as the parent's copy passes its own.
                method.setAccessible(true);
                return method.invoke(record, null, mask);
            }
        }
        throw new AssertionError(entity.getSimpleName() + " has no copy for showing (shownWith or shownIn)");
    }

    private static Object value(Object record, String field) throws Exception {
        Field text = record.getClass().getDeclaredField(field);
        text.setAccessible(true);
        return text.get(record);
    }
}
