package org.engagement.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.access.RoleSets;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.OpenFollowUp;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.safeguarding.SafeguardingReports.Overview;
import org.engagement.core.shared.Actor;
import org.engagement.core.sharing.AgreementFigures;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.training.TrainingRecordService;
import org.engagement.web.safeguarding.SafeguardingSettings;

/**
 * What the signed-in user needs today, by the work their roles do: a faith lead's policy reviews, audits and actions;
 * an industry lead's expiring training and agreements due for review; both leads' follow-ups. Each figure opens its
 * list. Licensing officers' renewals and the sectors' coverage come from the modules' widgets, the system's health
 * from {@link SystemHealth}.
 */
@Named
@RequestScoped
public class HomeDashboard {

    /** How far ahead the industry lead looks for training running out; the list behind it opens with the same days. */
    static final int EXPIRY_DAYS = 60;

    @Inject
    private Actor actor;

    @Inject
    private SafeguardingReports safeguarding;

    @Inject
    private SafeguardingSettings safeguardingSettings;

    @Inject
    private EngagementService engagements;

    @Inject
    private TrainingRecordService trainingRecords;

    @Inject
    private AgreementService agreements;

    private List<DashboardFigure> figures;
    private Overview overview;

    /** A policy position of the chart, its count, and the list behind it. */
    public record PolicyBar(String label, long count, String href) {}

    /** The four policy positions, in the order a setting moves through them, for the faith lead's chart. */
    private static final List<Category> POLICY_POSITIONS =
            List.of(Category.NO_POLICY, Category.IN_DEVELOPMENT, Category.ADOPTED, Category.REVIEW_OVERDUE);

    public List<DashboardFigure> getFigures() {
        if (figures == null) {
            figures = collect();
        }
        return figures;
    }

    private List<DashboardFigure> collect() {
        List<DashboardFigure> found = new ArrayList<>();
        if (RoleSets.holds(actor, RoleSets.FAITH_EDITORS)) {
            found.addAll(safeguardingWork());
        }
        if (RoleSets.holds(actor, RoleSets.LEADS)) {
            found.add(followUps());
        }
        if (RoleSets.holds(actor, RoleSets.INDUSTRY_EDITORS)) {
            found.add(expiringTraining());
            found.add(agreementsToReview());
        }
        return List.copyOf(found);
    }

    public boolean isPolicyPositionShown() {
        return RoleSets.holds(actor, RoleSets.FAITH_EDITORS);
    }

    private List<PolicyBar> policyPosition;

    /** Organisations by safeguarding policy position: the chart's bars, each opening its list. */
    public List<PolicyBar> getPolicyPosition() {
        if (policyPosition == null) {
            policyPosition = policyBars(overview());
        }
        return policyPosition;
    }

    private static List<PolicyBar> policyBars(Overview figures) {
        return POLICY_POSITIONS.stream()
                .map(c -> new PolicyBar(
                        c.label(), figures.counts().get(c), "/safeguarding/organisations.xhtml?category=" + c.name()))
                .toList();
    }

    /** A Chart.js bar chart of {@link #getPolicyPosition()}; the page lists the same figures as text beside it. */
    public String getPolicyChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        getPolicyPosition().forEach(bar -> {
            labels.add(bar.label());
            counts.add(bar.count());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "Organisations")
                                                        .add("data", counts)
                                                        .add("backgroundColor", "#0b5cad"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
    }

    private Overview overview() {
        if (overview == null) {
            overview = safeguarding.overview(safeguardingSettings.auditDueMonths(null));
        }
        return overview;
    }

    private List<DashboardFigure> safeguardingWork() {
        Overview overview = overview();
        int months = overview.auditDueMonths();
        return List.of(
                DashboardFigure.of(
                        "reviewsOverdue",
                        "Policy reviews overdue",
                        overview.counts().get(Category.REVIEW_OVERDUE),
                        "Organisations whose safeguarding policy is past its review date.",
                        "/safeguarding/organisations.xhtml?category=REVIEW_OVERDUE"),
                DashboardFigure.of(
                        "auditsDue",
                        "Audits due",
                        overview.counts().get(Category.AUDIT_DUE),
                        "No audit finished in the last " + months + " months.",
                        "/safeguarding/organisations.xhtml?category=AUDIT_DUE&months=" + months),
                DashboardFigure.of(
                        "openActions",
                        "Open audit actions",
                        overview.openActions(),
                        overview.overdueActions() + " of them overdue.",
                        "/safeguarding/overview.xhtml#openActions"));
    }

    private DashboardFigure followUps() {
        List<OpenFollowUp> mine = engagements.myOpenFollowUps();
        long overdue = mine.stream().filter(OpenFollowUp::overdue).count();
        return DashboardFigure.of(
                "followUps",
                "Your open follow-ups",
                mine.size(),
                overdue + " of them overdue.",
                "/engagements/follow-ups.xhtml");
    }

    private DashboardFigure expiringTraining() {
        return DashboardFigure.of(
                "trainingExpiring",
                "Training expiring",
                trainingRecords.expiringWithin(EXPIRY_DAYS).size(),
                "People whose training runs out in the next " + EXPIRY_DAYS + " days.",
                "/training/expiring.xhtml?days=" + EXPIRY_DAYS);
    }

    private DashboardFigure agreementsToReview() {
        AgreementFigures register = agreements.figures();
        return DashboardFigure.of(
                "agreementsReview",
                "Agreements due for review",
                register.dueForReview() + register.overdue(),
                register.overdue() + " of them past their review date.",
                "/agreements/list.xhtml?status=REVIEW_DUE");
    }
}
