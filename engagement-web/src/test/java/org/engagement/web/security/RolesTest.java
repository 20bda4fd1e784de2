package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void everyRoleConstantNamesARoleAndEveryRoleHasAConstant() throws IllegalAccessException {
        var constants = new java.util.ArrayList<String>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }
}
