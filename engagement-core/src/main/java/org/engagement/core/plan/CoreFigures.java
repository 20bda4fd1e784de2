package org.engagement.core.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.organisation.Sector;
import org.engagement.core.safeguarding.AuditStatus;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;
import org.engagement.core.spi.FigureContribution.Value;
import org.engagement.core.training.Audience;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.training.TrainingRepository;

/**
 * The figures the core itself holds: organisations with a sharing agreement in force, faith settings with an adopted
 * policy, audits finished, and people trained per audience (one figure per audience, sector modules' included).
 */
@ApplicationScoped
public class CoreFigures {

    public static final String AGREEMENTS = "sharing.organisations-with-agreement";
    public static final String FAITH_POLICIES = "safeguarding.faith-settings-with-policy";
    public static final String AUDITS = "safeguarding.audits-finished";
    public static final String TRAINED_PREFIX = "training.people-trained.";

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    protected CoreFigures() {}

    /** For use as a plain library. */
    public CoreFigures(EntityManager em, TrainingRepository training, TrainingCatalogue catalogue) {
        this.em = em;
        this.training = training;
        this.catalogue = catalogue;
    }

    public List<FigureContribution> figures() {
        List<FigureContribution> figures = new ArrayList<>(List.of(
                new FigureContribution(
                        AGREEMENTS,
                        "Organisations with an information-sharing agreement in force",
                        Unit.COUNT,
                        Kind.LEVEL,
                        "/agreements/list.xhtml",
                        (from, to) -> Value.count(organisationsWithAgreement(to))),
                new FigureContribution(
                        FAITH_POLICIES,
                        "Faith settings with an adopted safeguarding policy",
                        Unit.COUNT,
                        Kind.LEVEL,
                        "/safeguarding/organisations.xhtml?category=ADOPTED",
                        (from, to) -> Value.count(faithPolicies(to))),
                new FigureContribution(
                        AUDITS,
                        "Safeguarding audits finished",
                        Unit.COUNT,
                        Kind.FLOW,
                        "/safeguarding/overview.xhtml",
                        (from, to) -> Value.count(auditsFinished(from, to)))));
        for (Audience audience : catalogue.audiences()) {
            figures.add(new FigureContribution(
                    TRAINED_PREFIX + audience.code(),
                    "People trained: " + audience.label(),
                    Unit.COUNT,
                    Kind.FLOW,
                    "/training/report.xhtml",
                    (from, to) -> Value.count(peopleTrained(audience.code(), from, to))));
        }
        return figures;
    }

    /**
     * Parties to an agreement that was in force on the day: activated (now active, ended or terminated), started by
     * then and not ended before it. A terminated agreement's end date is the day it was terminated.
     */
    private long organisationsWithAgreement(LocalDate on) {
        return em.createQuery(
                        "select count(distinct p.organisation.id) from Party p where p.agreement.status in :statuses"
                                + " and p.agreement.startDate <= :on and (p.agreement.endDate is null or p.agreement.endDate >= :on)",
                        Long.class)
                .setParameter(
                        "statuses", List.of(AgreementStatus.ACTIVE, AgreementStatus.ENDED, AgreementStatus.TERMINATED))
                .setParameter("on", on)
                .getSingleResult();
    }

    /** Faith settings whose policy is adopted, adopted by the day and not past its review then (policies as recorded now). */
    private long faithPolicies(LocalDate on) {
        return em.createQuery(
                        "select count(p) from SafeguardingProfile p where p.organisation.sector = :faith"
                                + " and p.policyStatus = :adopted and (p.adoptedOn is null or p.adoptedOn <= :on)"
                                + " and (p.nextReviewDue is null or p.nextReviewDue >= :on)",
                        Long.class)
                .setParameter("faith", Sector.FAITH)
                .setParameter("adopted", PolicyStatus.ADOPTED)
                .setParameter("on", on)
                .getSingleResult();
    }

    private long auditsFinished(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select count(a) from Audit a where a.status = :finished and a.date between :from and :to",
                        Long.class)
                .setParameter("finished", AuditStatus.FINISHED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    /** The same count as the quarterly training table's: headcount plus named attendees of the audience's sessions. */
    private long peopleTrained(String audienceCode, LocalDate from, LocalDate to) {
        return training.peopleTrainedByAudienceAndDay(from, to).stream()
                .filter(day -> day.audienceCode().equals(audienceCode))
                .mapToLong(day -> day.people())
                .sum();
    }
}
