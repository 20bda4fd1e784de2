package org.engagement.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.organisation.Sector;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.Test;

class SectorModulesTest {

    record Module(String id, int order, List<OrganisationTab> tabs, List<OrganisationType> types)
            implements SectorModule {

        Module(String id, int order) {
            this(id, order, List.of(), List.of());
        }

        @Override
        public String displayName() {
            return id;
        }

        @Override
        public List<OrganisationTab> organisationTabs() {
            return tabs;
        }

        @Override
        public List<OrganisationType> organisationTypes() {
            return types;
        }
    }

    @Test
    void twoModulesWithOneIdStopStartUpNamingBoth() {
        assertThatThrownBy(() -> new SectorModules(List.of(new Module("housing", 1), new Module("housing", 2))))
                .isInstanceOf(DuplicateModuleException.class)
                .hasMessageContaining("'housing'");
    }

    @Test
    void modulesAndTheirContributionsComeInModuleOrder() {
        OrganisationTab second = new OrganisationTab("b", "B", "/b/tab.xhtml", 1, Set.of(Role.ADMIN), Set.of());
        OrganisationTab first = new OrganisationTab("a", "A", "/a/tab.xhtml", 1, Set.of(Role.ADMIN), Set.of());
        SectorModules modules = new SectorModules(List.of(
                new Module("b", 20, List.of(second), List.of()), new Module("a", 10, List.of(first), List.of())));

        assertThat(modules.all()).extracting(SectorModule::id).containsExactly("a", "b");
        assertThat(modules.organisationTabs()).containsExactly(first, second);
    }

    @Test
    void aTabNamingTypesIsShownOnlyOnThoseTypesAndToItsRoles() {
        OrganisationTab tab =
                new OrganisationTab("faith", "Faith", "/faith/tab.xhtml", 1, Set.of(Role.FAITH_LEAD), Set.of("MOSQUE"));

        assertThat(tab.shownFor("MOSQUE", Set.of(Role.FAITH_LEAD))).isTrue();
        assertThat(tab.shownFor("SCHOOL", Set.of(Role.FAITH_LEAD))).isFalse();
        assertThat(tab.shownFor("MOSQUE", Set.of(Role.INDUSTRY_LEAD))).isFalse();
    }

    @Test
    void aModulesTypesJoinTheRegistryAndAClashingCodeIsRefused() {
        OrganisationType landlord = new OrganisationType("LANDLORD", "Landlord", Sector.INDUSTRY);
        OrganisationTypes types =
                new OrganisationTypes(new SectorModules(List.of(new Module("h", 1, List.of(), List.of(landlord)))));
        assertThat(types.byCode("LANDLORD")).contains(landlord);

        SectorModules clashing = new SectorModules(List.of(
                new Module("h", 1, List.of(), List.of(landlord)), new Module("g", 2, List.of(), List.of(landlord))));
        assertThatThrownBy(() -> new OrganisationTypes(clashing)).hasMessageContaining("LANDLORD");
    }

    @Test
    void anAuditTemplateRefusesTwoStandardsWithOneCode() {
        AuditStandard a = new AuditStandard("GOV-1", "Named lead", "", List.of(), true);
        assertThatThrownBy(() -> new AuditTemplateContribution("t", 1, "T", "", Set.of(), List.of(a, a)))
                .hasMessageContaining("share a code");
    }

    /** A module's pages: its folder for its readers, single pages (declared or in its menu) for fewer roles. */
    record PagesModule() implements SectorModule {

        @Override
        public String id() {
            return "cabs";
        }

        @Override
        public String displayName() {
            return "Cabs";
        }

        @Override
        public List<PageAccess> pageAccess() {
            return List.of(new PageAccess("/cabs/*", Set.of(Role.ADMIN, Role.LICENSING_OFFICER)));
        }

        @Override
        public List<MenuEntry> menuEntries() {
            return List.of(
                    MenuEntry.group("cabs", "Cabs", null, 1, Set.of(Role.ADMIN, Role.LICENSING_OFFICER)),
                    new MenuEntry("cabs-rule", "cabs", "Rule", "/cabs/rule.xhtml", null, 1, Set.of(Role.ADMIN)));
        }

        @Override
        public List<PeopleRegister> peopleRegisters() {
            return List.of(new PeopleRegister() {
                @Override
                public Set<Role> readers() {
                    return Set.of(Role.LICENSING_OFFICER);
                }

                @Override
                public Set<Long> registered(java.util.Collection<Long> personIds) {
                    return personIds.contains(7L) ? Set.of(7L) : Set.of();
                }
            });
        }
    }

    @Test
    void theMostSpecificPageDeclarationDecidesAndMenuPagesAreDeclaredWithTheirMenuRoles() {
        SectorModules modules = new SectorModules(List.of(new PagesModule()));

        assertThat(modules.pageAccessFor("/cabs/check.xhtml"))
                .get()
                .extracting(PageAccess::roles)
                .isEqualTo(Set.of(Role.ADMIN, Role.LICENSING_OFFICER));
        assertThat(modules.pageAccessFor("/cabs/rule.xhtml"))
                .get()
                .extracting(PageAccess::roles)
                .isEqualTo(Set.of(Role.ADMIN));
        assertThat(modules.pageAccessFor("/cabsx/check.xhtml")).isEmpty();
        assertThat(modules.pageAccessFor("/organisations/list.xhtml")).isEmpty();
        assertThatThrownBy(() -> new PageAccess("/cabs/*/x", Set.of(Role.ADMIN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageAccess("/cabs/*", Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void peopleInARegisterAreHiddenFromEveryoneButItsReaders() {
        SectorModules modules = new SectorModules(List.of(new PagesModule()));

        assertThat(modules.hiddenFrom(actor(Role.VIEWER), List.of(7L, 8L))).containsExactly(7L);
        assertThat(modules.hiddenFrom(actor(Role.ADMIN), List.of(7L, 8L))).containsExactly(7L);
        assertThat(modules.hiddenFrom(actor(Role.LICENSING_OFFICER), List.of(7L, 8L)))
                .isEmpty();
    }

    private static org.engagement.core.shared.Actor actor(Role role) {
        return new org.engagement.core.testing.FixedActor("someone", Set.of(role));
    }
}
