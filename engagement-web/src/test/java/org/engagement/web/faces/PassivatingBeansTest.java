package org.engagement.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.engagement.web.testing.ApplicationClasses;
import org.junit.jupiter.api.Test;

/**
 * The application is distributable: a session, with its view-scoped beans, may be written out on one instance and read
 * back on another. So every bean of a passivating scope (view, session, conversation) is serialisable, holds only
 * serialisable state, and reaches services through injected normal-scoped beans, whose proxies serialise as a
 * reference and come back connected. A {@code transient} injected field would come back null after the move.
 * {@code SessionReplicationIT} round-trips every such bean in the container.
 */
class PassivatingBeansTest {

    @Test
    void everyPassivatingBeanIsSerialisableWithNoTransientInjectedField() throws Exception {
        List<Class<?>> classes = ApplicationClasses.all();
        List<Class<?>> beans =
                classes.stream().filter(PassivatingBeansTest::isPassivating).toList();
        List<String> faults = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                faults.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c.getName().startsWith("org.engagement."); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    String fault = faultOf(field, classes);
                    if (fault != null) {
                        faults.add(c.getName() + "." + field.getName() + ": " + fault);
                    }
                }
            }
        }
        assertThat(beans)
                .as("view-scoped beans found on the class path (the application's and the modules')")
                .hasSizeGreaterThan(40)
                .anyMatch(c -> c.getName().equals("org.engagement.web.organisation.EditOrganisation"))
                .anyMatch(c -> c.getName().startsWith("org.engagement.plugins.taxi."));
        assertThat(faults)
                .as("beans that would not survive moving to another instance")
                .isEmpty();
    }

    /** Why the field would not survive serialisation, or null when it would. */
    private static String faultOf(Field field, List<Class<?>> classes) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
            return null;
        }
        boolean transientField = Modifier.isTransient(modifiers);
        if (field.isAnnotationPresent(Inject.class)) {
            if (transientField) {
                return "an injected field is transient, so it is null after the session moves";
            }
            return injectable(field.getType(), classes)
                    ? null
                    : "injects " + field.getType().getName() + ", which is not a normal-scoped bean (its proxy is what"
                            + " serialises)";
        }
        if (transientField) {
            return null; // not state of the bean: a per-request value (an uploaded file) or a cache re-read when null
        }
        Set<Type> seen = new LinkedHashSet<>();
        return serialisable(field.getGenericType(), seen)
                ? null
                : "holds " + field.getGenericType() + ", which is or holds " + culprit(seen) + ", not Serializable";
    }

    private static boolean injectable(Class<?> type, List<Class<?>> classes) {
        if (type == Instance.class || type == Event.class) {
            return true;
        }
        if (!type.isInterface()) {
            return isNormalScoped(type);
        }
        List<Class<?>> implementations = classes.stream()
                .filter(c -> type.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                .toList();
        return !implementations.isEmpty() && implementations.stream().allMatch(PassivatingBeansTest::isNormalScoped);
    }

    /**
     * Whether a value of this type serialises with everything it holds: the JDK's and libraries' serialisable types
     * are taken at their word; the product's own are followed field by field (an entity's embeddables and related
     * entities included).
     */
    /** The last plain class looked at: where the search stopped. */
    private static String culprit(Set<Type> seen) {
        String last = "?";
        for (Type t : seen) {
            if (t instanceof Class<?> c) {
                last = c.getName();
            }
        }
        return last;
    }

    private static boolean serialisable(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return true;
        }
        if (type instanceof ParameterizedType p) {
            if (!serialisable(p.getRawType(), seen)) {
                return false;
            }
            for (Type argument : p.getActualTypeArguments()) {
                if (!serialisable(argument, seen)) {
                    return false;
                }
            }
            return true;
        }
        if (type instanceof WildcardType w) {
            return Arrays.stream(w.getUpperBounds()).allMatch(bound -> serialisable(bound, seen));
        }
        if (type instanceof GenericArrayType a) {
            return serialisable(a.getGenericComponentType(), seen);
        }
        if (type instanceof TypeVariable<?>) {
            return true; // checked where the type argument is given
        }
        Class<?> c = (Class<?>) type;
        if (c.isArray()) {
            return serialisable(c.getComponentType(), seen);
        }
        if (c.isPrimitive() || c.isInterface() && isCollection(c)) {
            return true;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            return false;
        }
        return !c.getName().startsWith("org.engagement.") || fieldsSerialisable(c, seen);
    }

    private static boolean fieldsSerialisable(Class<?> type, Set<Type> seen) {
        for (Class<?> c = type; c != null && c.getName().startsWith("org.engagement."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers)
                        && !Modifier.isTransient(modifiers)
                        && !field.isSynthetic()
                        && !serialisable(field.getGenericType(), seen)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Collection interfaces: the JDK's implementations the beans use are serialisable when their elements are. */
    private static boolean isCollection(Class<?> c) {
        return java.util.Collection.class.isAssignableFrom(c) || java.util.Map.class.isAssignableFrom(c);
    }

    private static boolean isPassivating(Class<?> c) {
        for (Annotation a : c.getAnnotations()) {
            NormalScope scope = a.annotationType().getAnnotation(NormalScope.class);
            if (scope != null && scope.passivating()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNormalScoped(Class<?> c) {
        for (Annotation a : c.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return false;
    }
}
