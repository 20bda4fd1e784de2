package org.engagement.core.safeguarding;

import java.util.List;

/**
 * The audit template the core ships: safeguarding standards for voluntary, community and faith settings, written
 * in the partnership's own words and covering the areas such settings are commonly assessed on. Installed at
 * start-up through {@link AuditTemplateService#install}, the same door sector modules use.
 */
public final class CoreAuditTemplates {

    public static final String COMMUNITY_SETTINGS = "VCF_SETTINGS";

    public static final AuditTemplateDefinition VOLUNTARY_COMMUNITY_FAITH = new AuditTemplateDefinition(
            COMMUNITY_SETTINGS,
            "Safeguarding standards for voluntary, community and faith settings",
            List.of(
                    new StandardDefinition(
                            "GOV1",
                            "Trustees or leaders take responsibility for safeguarding",
                            "A named trustee or committee member leads on safeguarding, and safeguarding is a standing item when the leadership meets.",
                            "Minutes showing safeguarding discussed; the trustee lead's name in the policy.",
                            true),
                    new StandardDefinition(
                            "POL1",
                            "A written safeguarding policy is adopted and reviewed every year",
                            "The policy says how children and adults at risk are kept safe and what to do about a concern. It is signed off by the leadership and reviewed at least annually.",
                            "The signed, dated policy and the date of its last review.",
                            true),
                    new StandardDefinition(
                            "POL2",
                            "Procedures back up the policy",
                            "There are written procedures for reporting a concern, a code of conduct, whistleblowing and online safety that staff and volunteers can find.",
                            "The procedures, and where they are kept or displayed.",
                            false),
                    new StandardDefinition(
                            "DSL1",
                            "There is a designated safeguarding lead and a deputy",
                            "People know who to go to with a concern. The lead and deputy have had training for the role and their contact details are on display.",
                            "Names on the poster or noticeboard; training certificates for the lead and deputy.",
                            true),
                    new StandardDefinition(
                            "REC1",
                            "Safer recruitment and DBS checks",
                            "Everyone who works with children, paid or voluntary, is recruited safely: application, references, interview, and an enhanced DBS check where the role is eligible.",
                            "The single record of checks; a sample of recruitment files.",
                            true),
                    new StandardDefinition(
                            "TRN1",
                            "Staff and volunteers are trained and aware",
                            "Everyone has a safeguarding induction and refresher training at set intervals, including recognising exploitation.",
                            "Training records with dates; induction checklist.",
                            false),
                    new StandardDefinition(
                            "SAF1",
                            "Activities and premises are safe",
                            "Activities are planned with risk in mind: supervision ratios, registers, safe premises, no unsupervised one-to-one contact, and rules for trips and events.",
                            "Risk assessments; registers; premises checks.",
                            false),
                    new StandardDefinition(
                            "ONL1",
                            "Online safety",
                            "Contact with children online or by phone follows clear rules, and images of children are used only with consent.",
                            "Online safety procedure; consent forms for images.",
                            false),
                    new StandardDefinition(
                            "CON1",
                            "Concerns are responded to and recorded",
                            "Concerns are acted on the same day, referred to children's social care or the police where needed, and recorded accurately and kept securely.",
                            "A concerns log or record forms kept securely; examples of referrals (anonymised).",
                            true),
                    new StandardDefinition(
                            "INF1",
                            "Information is shared with agencies when it should be",
                            "The organisation knows when and how to share information with children's social care, the police and other partners, and records what it shared and why.",
                            "Information-sharing guidance in the policy; records of decisions to share.",
                            false),
                    new StandardDefinition(
                            "ALG1",
                            "Allegations against staff or volunteers are managed",
                            "Allegations are referred to the local authority designated officer (LADO) within one working day, and the person is kept away from children while it is looked into.",
                            "The allegations procedure naming the LADO and how to reach them.",
                            true)));

    private CoreAuditTemplates() {}
}
