package org.engagement.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.plan.MeasureDetails;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanService;
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.Procedure;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.safeguarding.ProfileService;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.DemoRecords;
import org.engagement.core.training.AttendanceService;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingSessionService;

/** The demo's records written through the core's services, for the core's part and the modules' alike. */
@ApplicationScoped
class ServiceDemoRecords implements DemoRecords {

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private EngagementService engagements;

    @Inject
    private ProfileService safeguardingProfiles;

    @Inject
    private TrainingSessionService trainingSessions;

    @Inject
    private AttendanceService attendance;

    @Inject
    private AgreementService agreements;

    @Inject
    private PlanService plans;

    /** The plan whose actions {@link #bindMeasure} binds; set by the core's part before the modules run. */
    private Long currentPlanId;

    void useCurrentPlan(long planId) {
        currentPlanId = planId;
    }

    @Override
    public long organisation(String name, String typeCode, String leadOfficer) {
        return organisations
                .create(OrganisationDetails.active(name, typeCode, "Doncaster", leadOfficer, "Demo partnership"), true)
                .getId();
    }

    @Override
    public long contact(long organisationId, String name, String role) {
        return contacts.addContact(
                        organisationId,
                        new PersonDetails(
                                name,
                                null,
                                null,
                                "English",
                                null,
                                LawfulBasis.PUBLIC_TASK,
                                null,
                                false,
                                // Kept only for people at faith organisations, where the condition is required.
                                Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
                                Schedule1Condition.SAFEGUARDING),
                        role)
                .personId();
    }

    @Override
    public long visit(
            long organisationId,
            long personId,
            LocalDate on,
            String summary,
            String outcome,
            String followUp,
            String owner,
            LocalDate due) {
        List<FollowUpDetails> next = followUp == null ? List.of() : List.of(new FollowUpDetails(followUp, owner, due));
        return engagements
                .log(
                        organisationId,
                        new EngagementDetails(
                                on, EngagementType.VISIT, owner, List.of(personId), summary, outcome, next))
                .getId();
    }

    @Override
    public void policy(
            long organisationId, long leadPersonId, String policyStatus, LocalDate adoptedOn, LocalDate reviewDue) {
        PolicyStatus status = PolicyStatus.valueOf(policyStatus);
        boolean adopted = status == PolicyStatus.ADOPTED;
        safeguardingProfiles.saveProfile(
                organisationId,
                safeguardingProfiles.profile(organisationId).getVersion(),
                new ProfileDetails(
                        status,
                        adoptedOn,
                        reviewDue,
                        adopted ? Set.of(Procedure.REPORTING_A_CONCERN, Procedure.SAFER_RECRUITMENT) : Set.of(),
                        leadPersonId,
                        null,
                        null,
                        adopted,
                        adopted ? DbsChecks.PARTLY : DbsChecks.NO,
                        null));
    }

    @Override
    public void trainingHeld(
            String courseCode, LocalDate heldOn, String audienceCode, long organisationId, List<String> names) {
        attendance.recordSession(
                new SessionDetails(
                        courseCode, heldOn, audienceCode, "On site", "CSE team", null, List.of(organisationId)),
                names.stream()
                        .map(name -> AttendeeDetails.named(name, null, organisationId))
                        .toList());
    }

    @Override
    public void trainingBooked(
            String courseCode, LocalDate on, String audienceCode, long organisationId, int places, List<Long> invited) {
        trainingSessions.planSession(
                new SessionDetails(courseCode, on, audienceCode, "On site", "CSE team", null, List.of(organisationId)),
                places,
                invited);
    }

    @Override
    public void activeAgreement(
            String title,
            String reference,
            String purpose,
            long siteId,
            long sitePersonId,
            long partnerId,
            long partnerPersonId,
            LocalDate signedOn,
            LocalDate reviewDate) {
        InformationSharingAgreement draft = agreements.create(new AgreementDetails(
                title,
                reference,
                purpose,
                "Bill Hotchkiss",
                LawfulBasis.PUBLIC_TASK,
                false,
                null,
                "Descriptions of concerns, times and places; no names of children",
                Set.of(SharingMethod.SECURE_EMAIL, SharingMethod.MEETINGS),
                "Two years after the concern is closed",
                false,
                null,
                null,
                signedOn,
                reviewDate,
                null,
                List.of(
                        new PartyDetails(siteId, sitePersonId, signedOn),
                        new PartyDetails(partnerId, partnerPersonId, signedOn))));
        InformationSharingAgreement inReview =
                agreements.moveTo(draft.getId(), draft.getVersion(), AgreementStatus.IN_REVIEW);
        agreements.moveTo(inReview.getId(), inReview.getVersion(), AgreementStatus.ACTIVE);
    }

    @Override
    public void bindMeasure(String actionReference, String figureId, BigDecimal target) {
        plans.actionsOf(currentPlanId).stream()
                .filter(a -> actionReference.equals(a.getReference()))
                .findFirst()
                .ifPresent(action -> bind(action, figureId, target));
    }

    private void bind(PlanAction action, String figureId, BigDecimal target) {
        plans.bindMeasure(
                action.getId(),
                action.getVersion(),
                new MeasureDetails(figureId, target, action.getPlan().getEndsOn(), null));
    }
}
