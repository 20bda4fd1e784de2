package org.engagement.plugins.faith;

import java.util.List;
import java.util.Set;
import org.engagement.core.spi.AuditStandard;
import org.engagement.core.spi.AuditTemplateContribution;

/**
 * The audit template for madrassas and other supplementary schools, in four areas that follow the
 * Department for Education's guidance for out-of-school settings: governance, health and safety,
 * safeguarding and child protection, staff suitability. The wording is the partnership's own.
 */
final class SupplementarySchoolTemplate {

    static final AuditTemplateContribution TEMPLATE = new AuditTemplateContribution(
            "SUPPLEMENTARY_SCHOOL",
            1,
            "Supplementary schools and madrassas",
            "For settings that teach children outside school hours: classes attached to a mosque, church, gurdwara or temple, "
                    + "and independent supplementary schools.",
            Set.of("MADRASSA", "MOSQUE", "CHURCH", "GURDWARA", "TEMPLE", "FAITH_OTHER"),
            List.of(
                    new AuditStandard(
                            "GOV-1",
                            "Someone in charge is accountable for safeguarding",
                            "A named trustee or committee member answers for safeguarding and reports on it at least once a year.",
                            List.of("Minutes naming the lead", "Annual safeguarding report"),
                            true),
                    new AuditStandard(
                            "GOV-2",
                            "Policies are written down and reviewed every year",
                            "The setting has a safeguarding policy, a complaints procedure and a whistleblowing route, each dated "
                                    + "within the last twelve months.",
                            List.of("Dated policy documents", "Record of the last review"),
                            false),
                    new AuditStandard(
                            "HS-1",
                            "Premises are safe for children",
                            "Fire exits are clear, a fire risk assessment is current, first aid is available and registers of who "
                                    + "is present are kept for every class.",
                            List.of("Fire risk assessment", "First-aid kit and trained first-aider", "Class registers"),
                            false),
                    new AuditStandard(
                            "HS-2",
                            "Children are collected safely",
                            "Parents say who may collect their child; staff know what to do when nobody comes.",
                            List.of("Collection consent forms", "Late collection procedure"),
                            false),
                    new AuditStandard(
                            "SG-1",
                            "A designated safeguarding lead and a deputy are in post",
                            "Both are trained, their names and how to reach them are on display where parents and children see them.",
                            List.of("Training certificates", "Poster with names and contacts"),
                            true),
                    new AuditStandard(
                            "SG-2",
                            "Concerns are recorded and passed on",
                            "Staff know how to report a concern; concerns are written down, kept securely and referred to children's "
                                    + "social care or the police when a child may be at risk; allegations against staff go to the LADO.",
                            List.of(
                                    "Concern log (kept securely)",
                                    "Referral route on display",
                                    "Staff can describe the steps"),
                            true),
                    new AuditStandard(
                            "SG-3",
                            "Physical punishment is not used",
                            "The behaviour policy rules out physical punishment and staff can describe how they manage behaviour.",
                            List.of("Behaviour policy", "Conversation with staff"),
                            true),
                    new AuditStandard(
                            "SS-1",
                            "People who teach children are checked before they start",
                            "Enhanced DBS checks and two references are obtained for everyone working with children, volunteers included.",
                            List.of("Single record of checks", "References on file"),
                            true),
                    new AuditStandard(
                            "SS-2",
                            "Staff are trained and refreshed",
                            "Everyone has safeguarding induction; refresher training at least every three years.",
                            List.of("Training records with dates"),
                            false)));

    private SupplementarySchoolTemplate() {}
}
