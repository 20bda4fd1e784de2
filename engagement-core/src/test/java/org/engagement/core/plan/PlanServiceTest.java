package org.engagement.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;
import org.engagement.core.spi.FigureContribution.Value;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plans, actions, progress, measures and carrying forward on a real (in-memory) Derby. */
class PlanServiceTest {

    private static final FixedActor ADMIN = FixedActor.admin();
    private static final FixedActor INDUSTRY = new FixedActor("ivan", Set.of(Role.INDUSTRY_LEAD));
    private static final FixedActor VIEWER = new FixedActor("vera", Set.of(Role.VIEWER));
    private static final String DRIVERS = "test.drivers-trained";

    /** Drivers with valid training, as a module would count them from its register. */
    private final AtomicLong trained = new AtomicLong(627);

    private final SectorModule driversModule = new SectorModule() {
        @Override
        public String id() {
            return "test-taxi";
        }

        @Override
        public String displayName() {
            return "Test taxi";
        }

        @Override
        public List<FigureContribution> figures() {
            return List.of(new FigureContribution(
                    DRIVERS,
                    "Licensed drivers with valid training",
                    Unit.PERCENT,
                    Kind.LEVEL,
                    "/taxi/coverage.xhtml",
                    (from, to) -> Value.share(trained.get(), 836, "active drivers")));
        }
    };

    private final TestDatabase db = new TestDatabase();
    private SectorModules modules = new SectorModules(List.of(driversModule));

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T as(FixedActor actor, Function<PlanService, T> work) {
        return db.inTransaction(em -> work.apply(service(em, actor)));
    }

    private PlanService service(EntityManager em, FixedActor actor) {
        TrainingCatalogue catalogue = new TrainingCatalogue(modules);
        Figures figures = new Figures(new CoreFigures(em, new JpaTrainingRepository(em), catalogue), modules);
        return new PlanService(new JpaPlanRepository(em), figures, new ChangeLog(em, actor), actor);
    }

    private long plan(String title, LocalDate starts) {
        return as(
                ADMIN,
                (PlanService s) -> s.createPlan(new PlanDetails(
                                title, starts, starts.plusYears(1).minusDays(1)))
                        .getId());
    }

    private static ActionDetails action(String reference, Rag status, String reason) {
        int outcome = Integer.parseInt(reference.substring(0, reference.indexOf('.')));
        return new ActionDetails(
                outcome,
                "Outcome " + outcome,
                reference,
                "Train taxi drivers",
                "All drivers trained",
                "Licensing manager",
                "Police; licensing",
                Dates.today().minusMonths(1),
                Dates.today().plusMonths(6),
                "85% of drivers trained",
                status,
                reason);
    }

    private long version(long actionId) {
        return as(VIEWER, (PlanService s) -> s.action(actionId).getVersion());
    }

    private long action(long plan, String reference) {
        return as(
                ADMIN,
                (PlanService s) ->
                        s.addAction(plan, action(reference, Rag.GREEN, null)).getId());
    }

    @Test
    void actionsSitUnderTheirOutcomesInReferenceOrderAndMorePlansCanExist() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(2));
        plan("Prevent action plan", Dates.today().minusMonths(2));
        action(plan, "4.10");
        action(plan, "4.2");
        action(plan, "1.1");

        assertThat(as(VIEWER, (PlanService s) -> s.actionsOf(plan)))
                .extracting(PlanAction::getReference)
                .containsExactly("1.1", "4.2", "4.10");
        assertThat(as(VIEWER, (PlanService s) -> s.outcomesOf(plan)))
                .extracting(Outcome::getNumber)
                .containsExactly(1, 4);
        assertThat(as(VIEWER, PlanService::plans)).hasSize(2);
    }

    @Test
    void anActionRefusesAReferenceOutsideItsOutcomeATakenReferenceAndRedWithoutAReason() {
        long plan = plan("CSE action plan", Dates.today());
        action(plan, "4.2");
        ActionDetails wrongOutcome = new ActionDetails(
                3, "Outcome 3", "4.3", "Title", null, "Lead", null, null, null, null, Rag.GREEN, null);

        assertThatThrownBy(() -> as(ADMIN, (PlanService s) -> s.addAction(plan, wrongOutcome)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Action 4.3 is not under outcome 3");
        assertThatThrownBy(() -> as(ADMIN, (PlanService s) -> s.addAction(plan, action("4.2", Rag.GREEN, null))))
                .hasMessageContaining("already has an action 4.2");
        assertThatThrownBy(() -> as(ADMIN, (PlanService s) -> s.addAction(plan, action("4.3", Rag.RED, " "))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("statusReason"));
        assertThat(as(VIEWER, (PlanService s) -> s.actionsOf(plan))).hasSize(1);
    }

    @Test
    void onlyAdministratorsAndLeadsChangeThePlanAndEveryoneWhoSignsInReadsIt() {
        long plan = plan("CSE action plan", Dates.today());
        assertThatThrownBy(() -> as(VIEWER, (PlanService s) -> s.addAction(plan, action("1.1", Rag.GREEN, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(
                        new FixedActor("lola", Set.of(Role.LICENSING_OFFICER)),
                        (PlanService s) -> s.plan(plan).getTitle()))
                .isEqualTo("CSE action plan");
        assertThatThrownBy(() -> as(new FixedActor("api", Set.of(Role.API_CLIENT)), PlanService::plans))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(INDUSTRY, (PlanService s) -> s.addAction(plan, action("1.1", Rag.GREEN, null)))
                        .getUpdatedBy())
                .isEqualTo("ivan");
    }

    @Test
    void aChangeFromAnOldVersionIsRefusedAndNothingIsOverwritten() {
        long plan = plan("CSE action plan", Dates.today());
        long id = action(plan, "4.2");
        long opened = version(id);
        as(INDUSTRY, (PlanService s) -> s.setStatus(id, opened, Rag.AMBER, "Two operators have not replied."));

        assertThatThrownBy(() -> as(ADMIN, (PlanService s) -> s.setStatus(id, opened, Rag.GREEN, null)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by ivan");
        assertThat(as(VIEWER, (PlanService s) -> s.action(id).getStatus())).isEqualTo(Rag.AMBER);
    }

    @Test
    void progressNotesAreDatedAttributedAndInTheActionsHistoryNewestFirst() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(2));
        long id = action(plan, "4.2");
        as(
                INDUSTRY,
                (PlanService s) ->
                        s.addProgress(id, Dates.today().minusDays(7), "Training booked with three operators."));
        as(ADMIN, (PlanService s) -> s.addProgress(id, null, "627 drivers trained."));

        List<ProgressUpdate> notes = as(VIEWER, (PlanService s) -> s.progressOf(id));
        assertThat(notes)
                .extracting(ProgressUpdate::getNote)
                .containsExactly("627 drivers trained.", "Training booked with three operators.");
        assertThat(notes).extracting(ProgressUpdate::getAuthor).containsExactly("admin", "ivan");
        assertThat(notes.get(0).getWrittenOn()).isEqualTo(Dates.today());
        assertThat(as(VIEWER, (PlanService s) -> s.latestProgressOf(plan))
                        .get(id)
                        .getNote())
                .isEqualTo("627 drivers trained.");
        assertThatThrownBy(() -> as(
                        ADMIN,
                        (PlanService s) -> s.addProgress(id, Dates.today().plusDays(1), "Tomorrow")))
                .hasMessageContaining("cannot be dated in the future");

        List<ChangeLogEntry> history = as(VIEWER, (PlanService s) -> s.history(id));
        assertThat(history).extracting(ChangeLogEntry::getChangedBy).containsExactly("admin", "ivan", "admin");
        assertThat(history.get(0).getSummary()).isEqualTo("Progress note on action 4.2");
    }

    @Test
    void aMeasureBoundToTheShareOfTrainedDriversSuggestsAmberAtSeventyFivePerCentAgainstEightyFive() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(2));
        long id = action(plan, "4.2");
        LocalDate due = Dates.today().plusMonths(3);
        as(
                ADMIN,
                (PlanService s) ->
                        s.bindMeasure(id, version(id), new MeasureDetails(DRIVERS, new BigDecimal("85"), due, null)));

        ShownStatus shown = as(INDUSTRY, (PlanService s) -> s.statusOf(s.action(id)));
        assertThat(shown.rag()).isEqualTo(Rag.AMBER);
        assertThat(shown.suggestion().value()).isEqualTo(75.0);
        assertThat(shown.reason()).startsWith("75% against a target of 85% by " + Dates.describe(due));
        assertThat(shown.describe()).isEqualTo("Amber (suggested by the measure)");

        trained.set(711); // 85.0%
        assertThat(as(INDUSTRY, (PlanService s) -> s.statusOf(s.action(id)).rag()))
                .as("computed, never typed")
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void aLeadOverridesTheSuggestionOnlyWithAReasonWhichIsShownAndCanFollowItAgain() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(2));
        long id = action(plan, "4.2");
        as(
                ADMIN,
                (PlanService s) -> s.bindMeasure(
                        id,
                        version(id),
                        new MeasureDetails(
                                DRIVERS, new BigDecimal("85"), Dates.today().plusMonths(3), null)));

        assertThatThrownBy(() -> as(INDUSTRY, (PlanService s) -> s.setStatus(id, version(id), Rag.GREEN, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say why you are overriding");
        as(
                INDUSTRY,
                (PlanService s) -> s.setStatus(id, version(id), Rag.RED, "The register is three months out of date."));
        ShownStatus shown = as(VIEWER, (PlanService s) -> s.statusOf(s.action(id)));
        assertThat(shown.rag()).isEqualTo(Rag.RED);
        assertThat(shown.reason()).isEqualTo("The register is three months out of date.");
        assertThat(shown.describe()).isEqualTo("Red (set by the lead, overriding the measure's amber)");

        as(INDUSTRY, (PlanService s) -> s.followSuggestion(id, version(id)));
        assertThat(as(VIEWER, (PlanService s) -> s.statusOf(s.action(id)).rag()))
                .isEqualTo(Rag.AMBER);
    }

    @Test
    void aPastDayShowsTheStatusTheLeadHadSetThenNotTheOneSetSince() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(6));
        long id = action(plan, "2.2");
        as(ADMIN, (PlanService s) -> s.setStatus(id, version(id), Rag.RED, "No analysis from partners yet."));
        LocalDate quarterEnd = Dates.today().minusMonths(2);
        backdateHistory(id, quarterEnd.minusDays(3));
        as(ADMIN, (PlanService s) -> s.setStatus(id, version(id), Rag.GREEN, null));

        ShownStatus then = as(VIEWER, (PlanService s) -> s.statusOn(s.action(id), quarterEnd));
        assertThat(then.rag()).isEqualTo(Rag.RED);
        assertThat(then.reason()).isEqualTo("No analysis from partners yet.");
        assertThat(as(
                        VIEWER,
                        (PlanService s) ->
                                s.statusOn(s.action(id), Dates.today()).rag()))
                .isEqualTo(Rag.GREEN);
        assertThat(as(
                        VIEWER,
                        (PlanService s) -> s.statusOn(s.action(id), quarterEnd.minusDays(30))
                                .rag()))
                .as("before the action's history begins, it is shown as it is now")
                .isEqualTo(Rag.GREEN);
    }

    /** Moves every history entry of the action so far to noon on {@code day}, as if made then. */
    private void backdateHistory(long actionId, LocalDate day) {
        db.inTransaction(em -> em.createNativeQuery(
                        "UPDATE change_log SET changed_at = ? WHERE record_type = ? AND record_id = ?")
                .setParameter(
                        1,
                        java.sql.Timestamp.from(
                                day.atTime(12, 0).atZone(Dates.UK).toInstant()))
                .setParameter(2, PlanService.ACTION_RECORD)
                .setParameter(3, actionId)
                .executeUpdate());
    }

    @Test
    void aMeasureNeedsAKnownFigureATargetAndADate() {
        long plan = plan("CSE action plan", Dates.today());
        long id = action(plan, "4.2");
        assertThatThrownBy(() -> as(
                        ADMIN,
                        (PlanService s) -> s.bindMeasure(
                                id, version(id), new MeasureDetails("nobody.knows", BigDecimal.ZERO, null, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("figureId", "target", "targetDate"));
        assertThatThrownBy(() -> as(
                        ADMIN,
                        (PlanService s) -> s.bindMeasure(
                                id,
                                version(id),
                                new MeasureDetails(
                                        DRIVERS,
                                        new BigDecimal("101"),
                                        Dates.today().plusDays(1),
                                        null))))
                .hasMessageContaining("at most 100");
    }

    @Test
    void trainingDeliveredToAnAudienceIsCountedFromTheRecordsSinceTheCountBegan() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(2));
        long id = action(plan, "2.1");
        db.inTransaction(em -> {
            var training = org.engagement.core.testing.TrainingServices.on(
                    em, new TrainingCatalogue(modules), null, null, new ChangeLog(em, ADMIN), ADMIN);
            training.courses()
                    .createCourse(new CourseDetails(
                            "CSE-AW", "CSE awareness", "AWARENESS", Delivery.FACE_TO_FACE, null, null));
            training.attendance()
                    .recordSession(
                            new org.engagement.core.training.SessionDetails(
                                    "CSE-AW",
                                    Dates.today().minusDays(3),
                                    "PROFESSIONALS",
                                    "Civic Office",
                                    "CSE team",
                                    40,
                                    List.of()),
                            List.of());
            training.attendance()
                    .recordSession(
                            new org.engagement.core.training.SessionDetails(
                                    "CSE-AW",
                                    Dates.today().minusMonths(6),
                                    "PROFESSIONALS",
                                    "Civic Office",
                                    "CSE team",
                                    99,
                                    List.of()),
                            List.of());
            return null;
        });
        as(
                ADMIN,
                (PlanService s) -> s.bindMeasure(
                        id,
                        version(id),
                        new MeasureDetails(
                                CoreFigures.TRAINED_PREFIX + "PROFESSIONALS",
                                new BigDecimal("400"),
                                Dates.today().plusMonths(10),
                                null)));

        ShownStatus shown = as(VIEWER, (PlanService s) -> s.statusOf(s.action(id)));
        assertThat(shown.suggestion().value())
                .as("the session before the plan began is not counted")
                .isEqualTo(40.0);
        // Two months of twelve gone: about 67 needed by now; 40 is under three quarters of that.
        assertThat(shown.rag()).isEqualTo(Rag.RED);
    }

    @Test
    void anActionCarriedToTheNextPlanKeepsItsMeasureAndStatusAndTheOriginalBecomesReadOnly() {
        long first = plan("CSE action plan 2016/17", Dates.today().minusMonths(11));
        long next = plan("CSE action plan 2017/18", Dates.today().minusMonths(1));
        long id = action(first, "4.2");
        as(
                ADMIN,
                (PlanService s) -> s.bindMeasure(
                        id,
                        version(id),
                        new MeasureDetails(
                                DRIVERS, new BigDecimal("85"), Dates.today().plusMonths(3), null)));
        as(ADMIN, (PlanService s) -> s.setStatus(id, version(id), Rag.RED, "Register out of date."));

        PlanAction copy = as(INDUSTRY, (PlanService s) -> s.carryForward(id, next));

        assertThat(copy.getReference()).isEqualTo("4.2");
        assertThat(copy.getCarriedFromId()).isEqualTo(id);
        assertThat(copy.getMeasure().getFigureId()).isEqualTo(DRIVERS);
        assertThat(copy.getStatus()).isEqualTo(Rag.RED);
        assertThat(copy.getStatusReason()).isEqualTo("Register out of date.");
        assertThat(as(VIEWER, (PlanService s) -> s.outcomesOf(next)))
                .extracting(Outcome::getTitle)
                .containsExactly("Outcome 4");
        PlanAction original = as(VIEWER, (PlanService s) -> s.action(id));
        assertThat(original.getCarriedToId()).isEqualTo(copy.getId());
        assertThatThrownBy(() -> as(ADMIN, (PlanService s) -> s.setStatus(id, original.getVersion(), Rag.GREEN, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("carried to the next plan");
        assertThatThrownBy(() -> as(ADMIN, (PlanService s) -> s.carryForward(id, next)))
                .hasMessageContaining("already carried");
        assertThat(as(VIEWER, (PlanService s) -> s.history(id)).get(0).getSummary())
                .isEqualTo("Action 4.2 carried forward to 'CSE action plan 2017/18'");
    }

    @Test
    void anActionIsNotCarriedBackToAnEarlierPlan() {
        long first = plan("CSE action plan 2016/17", Dates.today().minusMonths(11));
        long next = plan("CSE action plan 2017/18", Dates.today().minusMonths(1));
        long id = action(next, "1.1");
        assertThatThrownBy(() -> as(ADMIN, (PlanService s) -> s.carryForward(id, first)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Carry an action to a later plan");
        assertThat(as(VIEWER, (PlanService s) -> s.actionsOf(first))).isEmpty();
    }

    @Test
    void withoutTheModuleItsFigureIsNotOfferedAndAnActionBoundToItAsksForAStatusByHand() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(2));
        long id = action(plan, "4.2");
        as(
                ADMIN,
                (PlanService s) -> s.bindMeasure(
                        id,
                        version(id),
                        new MeasureDetails(
                                DRIVERS, new BigDecimal("85"), Dates.today().plusMonths(3), null)));

        modules = new SectorModules(List.of());
        assertThat(as(ADMIN, PlanService::figures))
                .extracting(FigureContribution::id)
                .doesNotContain(DRIVERS)
                .contains(CoreFigures.AGREEMENTS, CoreFigures.AUDITS, CoreFigures.TRAINED_PREFIX + "PROFESSIONALS");
        ShownStatus shown = as(VIEWER, (PlanService s) -> s.statusOf(s.action(id)));
        assertThat(shown.suggestion()).isNull();
        assertThat(shown.reason()).contains("not offered by this installation");
    }

    @Test
    void overdueActionsAndMeasuresFallingBehindNeedAttention() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(6));
        long onTrack = action(plan, "1.1");
        long overdue = as(
                ADMIN,
                (PlanService s) -> s.addAction(
                                plan,
                                new ActionDetails(
                                        1,
                                        "Outcome 1",
                                        "1.2",
                                        "Audit madrassas",
                                        null,
                                        "Faith lead",
                                        null,
                                        Dates.today().minusMonths(3),
                                        Dates.today().minusDays(1),
                                        null,
                                        Rag.GREEN,
                                        null))
                        .getId());
        long behind = action(plan, "4.2");
        as(
                ADMIN,
                (PlanService s) -> s.bindMeasure(
                        behind,
                        version(behind),
                        new MeasureDetails(
                                DRIVERS, new BigDecimal("85"), Dates.today().plusMonths(3), null)));

        assertThat(as(INDUSTRY, PlanService::needingAttention))
                .extracting(PlanAction::getId)
                .containsExactly(overdue, behind)
                .doesNotContain(onTrack);
    }

    @Test
    void theScorecardGivesEachBoundFigureByFinancialQuarterWithItsTargetAndStatus() {
        long plan = plan("CSE action plan", Dates.today().minusMonths(2));
        long id = action(plan, "4.2");
        as(
                ADMIN,
                (PlanService s) -> s.bindMeasure(
                        id,
                        version(id),
                        new MeasureDetails(
                                DRIVERS, new BigDecimal("85"), Dates.today().plusMonths(3), null)));
        action(plan, "1.1"); // no measure: not on the scorecard

        Scorecard card = as(VIEWER, (PlanService s) -> s.scorecard(null, null));
        org.engagement.core.reporting.FinancialQuarter now =
                org.engagement.core.reporting.FinancialQuarter.of(Dates.today());
        assertThat(card.quarters()).hasSize(8).endsWith(now.label());
        assertThat(card.lines()).singleElement().satisfies(line -> {
            assertThat(line.reference()).isEqualTo("4.2");
            assertThat(line.target()).isEqualTo(85.0);
            assertThat(line.rag()).isEqualTo(Rag.AMBER);
            assertThat(line.cells().get(7).value()).isEqualTo(75.0);
            assertThat(line.cells().get(7).detail()).isEqualTo("627 of 836 active drivers");
        });

        Scorecard ahead = as(
                VIEWER, (PlanService s) -> s.scorecard(now.start(), now.next().end()));
        assertThat(ahead.lines().get(0).cells())
                .extracting(Scorecard.Cell::value)
                .containsExactly(75.0, null);
        assertThatThrownBy(() -> as(
                        VIEWER,
                        (PlanService s) ->
                                s.scorecard(Dates.today(), Dates.today().minusDays(1))))
                .isInstanceOf(InvalidInputException.class);
    }
}
