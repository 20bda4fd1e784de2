package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.metamodel.ManagedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * An entity's copy for showing ({@code shownWith}: a restricted person's name masked in its officers' text) copies
 * every field by hand. A field added to the entity and forgotten in the copy would show blank, and nothing else would
 * fail: this test fills every field of each such entity, masks with a function that changes every text, and finds each
 * field of the copy either the same or, for text, the masked text.
 */
class ShownCopiesTest {

    private static final String MARK = " (shown)";
    private static final UnaryOperator<String> CHANGE_EVERY_TEXT = text -> text == null ? null : text + MARK;

    @Test
    void everyCopyForShowingKeepsEveryFieldItDoesNotMask() throws Exception {
        List<Class<?>> copied = entitiesWithACopyForShowing();
        assertThat(copied).as("entities with a copy for showing").hasSizeGreaterThanOrEqualTo(8);
        List<String> lost = new ArrayList<>();
        for (Class<?> entity : copied) {
            Object record = filled(entity);
            Object copy = entity.getMethod("shownWith", UnaryOperator.class).invoke(record, CHANGE_EVERY_TEXT);
            assertThat(copy)
                    .as(entity.getSimpleName() + "'s copy, every text having changed")
                    .isNotSameAs(record);
            for (Field field : fields(entity)) {
                if (!keptOrMasked(field.get(record), field.get(copy))) {
                    lost.add(entity.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertThat(lost).as("fields the copy for showing leaves out or changes").isEmpty();
    }

    private static boolean keptOrMasked(Object original, Object shown) {
        if (original instanceof String text) {
            return text.equals(shown) || (text + MARK).equals(shown);
        }
        if (original instanceof Collection<?> items) {
            return shown instanceof Collection<?> shownItems && shownItems.size() == items.size();
        }
        if (original instanceof Map<?, ?> entries) {
            return shown instanceof Map<?, ?> shownEntries && shownEntries.size() == entries.size();
        }
        return Objects.equals(original, shown);
    }

    private static List<Class<?>> entitiesWithACopyForShowing() {
        try (TestDatabase db = new TestDatabase()) {
            return db.inTransaction(em -> em.getMetamodel().getManagedTypes().stream()
                    .<Class<?>>map(ManagedType::getJavaType)
                    .filter(type -> copyForShowing(type).isPresent())
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList());
        }
    }

    private static Optional<Method> copyForShowing(Class<?> type) {
        try {
            return Optional.of(type.getMethod("shownWith", UnaryOperator.class));
        } catch (NoSuchMethodException none) {
            return Optional.empty();
        }
    }

    /** A bare entity with a value in every field it has a value for (collections as the entity made them). */
    private static Object filled(Class<?> entity) throws Exception {
        Object record = bare(entity);
        for (Field field : fields(entity)) {
            Object sample = sample(field);
            if (sample != null) {
                field.set(record, sample);
            }
        }
        return record;
    }

    private static Object bare(Class<?> type) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Object sample(Field field) throws Exception {
        Class<?> type = field.getType();
        if (type == String.class) {
            return "the " + field.getName();
        }
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 4);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-03-04T10:15:30Z");
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2026, 3, 4, 10, 15);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("12.5");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray()) {
            return null; // as the entity made it: a copy rebuilds its children, compared by count
        }
        try {
            return bare(type); // another entity (the organisation an engagement is at): the copy keeps it
        } catch (NoSuchMethodException noBareInstance) {
            return null;
        }
    }

    private static List<Field> fields(Class<?> entity) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = entity; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && !field.isSynthetic()
                        && !field.getName().startsWith("_persistence")) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
