package org.engagement.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.Sector;
import org.engagement.core.safeguarding.SafeguardingAccess;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.Test;

/** The one definition of who may do what, and the names {@code @RolesAllowed} uses for it. */
class RoleSetsTest {

    @Test
    void everyRoleNameConstantNamesARoleAndEveryRoleHasAConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : RoleNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void sectorAccessIsDerivedFromTheSectorRoleSets() {
        assertThat(OrganisationAccess.readable(actor(Role.LICENSING_OFFICER))).containsExactly(Sector.INDUSTRY);
        assertThat(OrganisationAccess.readable(actor(Role.VIEWER))).containsExactlyInAnyOrder(Sector.values());
        assertThat(OrganisationAccess.readable(actor(Role.API_CLIENT))).isEmpty();
        assertThat(OrganisationAccess.editable(actor(Role.FAITH_LEAD)))
                .containsExactlyInAnyOrder(Sector.FAITH, Sector.COMMUNITY, Sector.STATUTORY);
        assertThat(OrganisationAccess.editable(actor(Role.INDUSTRY_LEAD)))
                .containsExactlyInAnyOrder(Sector.INDUSTRY, Sector.STATUTORY);
        assertThat(OrganisationAccess.editable(actor(Role.VIEWER))).isEmpty();
        assertThat(SafeguardingAccess.editable(actor(Role.FAITH_LEAD)))
                .containsExactlyInAnyOrder(Sector.FAITH, Sector.COMMUNITY);
        assertThat(SafeguardingAccess.editable(actor(Role.ADMIN))).containsExactlyInAnyOrder(Sector.values());
    }

    @Test
    void leadsAreExactlyTheRolesThatEditSomeSector() {
        Set<Role> editors = EnumSet.noneOf(Role.class);
        for (Sector sector : Sector.values()) {
            editors.addAll(RoleSets.editorsOf(sector));
        }
        assertThat(editors).isEqualTo(RoleSets.LEADS);
    }

    @Test
    void personalDataIsOnlyForReadersOfEverySectorAndNeverForAnApiClient() {
        for (Sector sector : Sector.values()) {
            assertThat(RoleSets.readersOf(sector)).containsAll(RoleSets.PERSONAL_DATA_READERS);
        }
        assertThat(RoleSets.PERSONAL_DATA_READERS).doesNotContain(Role.API_CLIENT, Role.LICENSING_OFFICER);
        assertThat(RoleSets.PAGE_USERS).doesNotContain(Role.API_CLIENT);
    }

    private static FixedActor actor(Role role) {
        return new FixedActor("someone", Set.of(role));
    }
}
