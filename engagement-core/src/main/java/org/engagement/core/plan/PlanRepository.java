package org.engagement.core.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where plans, their outcomes, actions and progress notes are kept. */
public interface PlanRepository {

    /** Newest first. */
    List<ActionPlan> plans();

    Optional<ActionPlan> plan(long id);

    Optional<ActionPlan> planByTitle(String title);

    List<Outcome> outcomesOf(long planId);

    /** In reference order (4.2 before 4.10). */
    List<PlanAction> actionsOf(long planId);

    Optional<PlanAction> action(long id);

    Optional<PlanAction> actionByReference(long planId, String reference);

    /** Actions of every plan whose measure is bound to a figure. */
    List<PlanAction> measuredActions();

    /** Newest first. */
    List<ProgressUpdate> progressOf(long actionId);

    /** The newest progress note of each action of the plan that has one, by action id. */
    Map<Long, ProgressUpdate> latestProgressOf(long planId);

    /** The names of everyone under a restriction of processing, to mask in actions and progress notes. */
    Collection<String> restrictedNames();

    void add(Object entity);

    void flush();
}
