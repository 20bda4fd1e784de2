package org.engagement.core.demo;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.plan.ActionDetails;
import org.engagement.core.plan.Rag;

/**
 * The council report's Annex 1: the CSE action plan 2016/17 as it stood in November 2016, its dates moved on by the
 * demo's years. "Completed" is COMPLETE; "not yet completed but on track" is GREEN, with the report's words as reason.
 */
final class AnnexActions {

    private static final String ON_TRACK = "Not yet completed but on track.";

    private AnnexActions() {}

    private record Row(
            int outcome,
            String outcomeTitle,
            String reference,
            String title,
            String lead,
            LocalDate due,
            String measure,
            Rag status,
            String progress) {}

    private static final String OFFENDERS = "Establish an integrated offender management regime around CSE offenders";
    private static final String DATASET = "Build and extend the core dataset into a balanced scorecard";
    private static final String COMMUNICATIONS = "Communicate the risks of CSE to professionals and the public";
    private static final String INDUSTRY = "Continue to develop links to industry, including the retail sector";
    private static final String FAITH = "Engage faith centres and culturally diverse communities";
    private static final String MISSING = "Enhance support for young people at the highest risk";

    private static final List<Row> ROWS = List.of(
            new Row(
                    1,
                    OFFENDERS,
                    "1.1",
                    "Develop a robust process to ensure IOM are included in the THRIVE agenda",
                    "Neil Thomas",
                    null,
                    "Number of perpetrators offered support, reoffending rates, intelligence reports",
                    Rag.COMPLETE,
                    "All CSE nominals are considered at a police-led multi-agency meeting."),
            new Row(
                    1,
                    OFFENDERS,
                    "1.2",
                    "Raise awareness with professionals of when and how to make intelligence reports",
                    "Neil Thomas",
                    null,
                    "Intelligence reports made to the police by partners",
                    Rag.COMPLETE,
                    "The police CSE team's intelligence submission form has been sent to all partners."),
            new Row(
                    2,
                    DATASET,
                    "2.1",
                    "Develop a balanced scorecard with analysis of data and qualitative information",
                    "Neil Thomas",
                    LocalDate.of(2016, 4, 1),
                    "High-quality performance reports to the CSE sub-group",
                    Rag.COMPLETE,
                    "CSE scorecard in place."),
            new Row(
                    2,
                    DATASET,
                    "2.2",
                    "All partners to provide analysis on the data in the scorecard",
                    "Neil Thomas",
                    LocalDate.of(2017, 4, 1),
                    "Inclusion of analysis in the scorecard",
                    Rag.GREEN,
                    "Core data set in place; improved analysis agreed for Q4."),
            new Row(
                    2,
                    DATASET,
                    "2.3",
                    "Task and finish groups to provide performance indicators",
                    "Neil Thomas",
                    LocalDate.of(2016, 9, 1),
                    "Indicators in the CSE performance report",
                    Rag.COMPLETE,
                    "Performance indicators identified."),
            new Row(
                    2,
                    DATASET,
                    "2.4",
                    "Benchmark the report with other LSCB CSE groups",
                    "Neil Thomas",
                    LocalDate.of(2016, 9, 1),
                    "Reported back through meeting minutes",
                    Rag.COMPLETE,
                    "Police information in the dataset allows benchmarking against neighbours."),
            new Row(
                    3,
                    COMMUNICATIONS,
                    "3.1",
                    "Develop a strategic and tactical communications plan",
                    "CSE sub-group",
                    null,
                    "Sessions provided to each group, evidence of impact",
                    Rag.COMPLETE,
                    "Programme of events in place, including the handbook and the Respect website."),
            new Row(
                    4,
                    INDUSTRY,
                    "4.1",
                    "Identify retail sector hotspots through THRIVE meetings",
                    "Bill Hotchkiss",
                    LocalDate.of(2016, 6, 1),
                    "Concerns reported from hotspot areas, and number of hotspot areas",
                    Rag.COMPLETE,
                    "Frenchgate Centre and the Transport Interchange are members of the group."),
            new Row(
                    4,
                    INDUSTRY,
                    "4.2",
                    "Provide awareness raising sessions to identified groups",
                    "Bill Hotchkiss",
                    LocalDate.of(2016, 12, 1),
                    "Improve knowledge of the signs and the ability to report concerns",
                    Rag.AMBER,
                    "New groups identified to be trained; drivers' training is still short of 85%."),
            new Row(
                    4,
                    INDUSTRY,
                    "4.3",
                    "Develop a data report for inclusion in the CSE data report",
                    "Bill Hotchkiss",
                    LocalDate.of(2017, 3, 31),
                    "Targeted areas, sessions held, individuals attending, impact",
                    Rag.GREEN,
                    ON_TRACK),
            new Row(
                    5,
                    FAITH,
                    "5.1",
                    "Engage faith centres and culturally diverse communities to raise awareness",
                    "Akeela Mohammed",
                    LocalDate.of(2017, 4, 1),
                    "Understanding and quality of safeguarding in faith communities",
                    Rag.GREEN,
                    "Targeted approach: groups identified on strategic priorities and contact made."),
            new Row(
                    6,
                    MISSING,
                    "6.1",
                    "Develop new terms of reference for CMOG",
                    "Liz Stenton",
                    LocalDate.of(2016, 4, 1),
                    "Terms of reference completed",
                    Rag.COMPLETE,
                    "New terms of reference; the group is now the Protecting Vulnerable Young People Panel."),
            new Row(
                    6,
                    MISSING,
                    "6.2",
                    "Develop a clear referral process and criteria for referral into CMOG",
                    "Liz Stenton",
                    LocalDate.of(2016, 6, 1),
                    "Referral process included in DSCB procedures",
                    Rag.COMPLETE,
                    "All agencies asked to refer cases of concern."),
            new Row(
                    6,
                    MISSING,
                    "6.3",
                    "Develop performance data for the main CSE report",
                    "Liz Stenton",
                    LocalDate.of(2016, 6, 1),
                    "Children, perpetrators and hotspots discussed, action and impact",
                    Rag.RED,
                    "Due in June; the expanded dataset will first be reported in the Q4 report."));

    /** The Annex's actions, their due dates moved on by {@code years}. */
    static List<ActionDetails> movedOn(int years) {
        return ROWS.stream()
                .map(r -> new ActionDetails(
                        r.outcome(),
                        r.outcomeTitle(),
                        r.reference(),
                        r.title(),
                        r.progress(),
                        r.lead(),
                        "Police; children's services; council",
                        null,
                        r.due() == null ? null : r.due().plusYears(years),
                        r.measure(),
                        r.status(),
                        r.status() == Rag.COMPLETE ? null : r.progress()))
                .toList();
    }
}
