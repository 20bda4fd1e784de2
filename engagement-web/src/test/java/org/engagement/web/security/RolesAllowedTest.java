package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.user.Role;
import org.engagement.web.testing.ApplicationClasses;
import org.junit.jupiter.api.Test;

/**
 * Every {@code @RolesAllowed} in the application and the modules it is built with lists exactly one of the named
 * {@link RoleSets}: an annotation cannot refer to a set, so this holds the role names it lists to the one definition.
 */
class RolesAllowedTest {

    @Test
    void everyRolesAllowedEqualsANamedRoleSet() throws Exception {
        Map<Set<Role>, String> named = namedSets();
        List<String> annotated = new ArrayList<>();
        List<String> strays = new ArrayList<>();
        for (Class<?> type : ApplicationClasses.all()) {
            check(type, type.getName(), named, annotated, strays);
            for (var method : type.getDeclaredMethods()) {
                check(method, type.getName() + "." + method.getName(), named, annotated, strays);
            }
        }
        assertThat(annotated)
                .as("resources found on the class path")
                .hasSizeGreaterThan(20)
                .anyMatch(name -> name.startsWith("org.engagement.web.organisation.OrganisationsResource"));
        assertThat(strays)
                .as("@RolesAllowed lists that are no named RoleSets set")
                .isEmpty();
    }

    private static void check(
            AnnotatedElement element,
            String name,
            Map<Set<Role>, String> named,
            List<String> annotated,
            List<String> strays) {
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return;
        }
        annotated.add(name);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : allowed.value()) {
            roles.add(Role.valueOf(role));
        }
        if (!named.containsKey(roles)) {
            strays.add(name + " " + roles);
        }
    }

    private static Map<Set<Role>, String> namedSets() throws IllegalAccessException {
        Map<Set<Role>, String> named = new java.util.HashMap<>();
        for (Field field : RoleSets.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Set.class) {
                @SuppressWarnings("unchecked")
                Set<Role> roles = (Set<Role>) field.get(null);
                named.putIfAbsent(EnumSet.copyOf(roles), field.getName());
            }
        }
        return named;
    }
}
