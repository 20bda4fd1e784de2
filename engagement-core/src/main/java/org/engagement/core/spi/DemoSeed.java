package org.engagement.core.spi;

import java.time.LocalDate;

/**
 * What the core's part of the demo partnership (ENGAGEMENT_DEMO=seed) made, handed to each module's part so that it
 * can join in: the statutory partners who sign agreements, the action plan whose measures a module's figures can
 * feed, the awareness course people are trained on, and how many years the council report's dates were moved on so
 * that the demo reads as this year's.
 */
public record DemoSeed(
        LocalDate today, int yearsMovedOn, long policeId, long councilId, long currentPlanId, String awarenessCourse) {

    /** A date from the council report (2015 to 2017), moved on by as many years as the whole demo. */
    public LocalDate movedOn(LocalDate reportDate) {
        return reportDate.plusYears(yearsMovedOn);
    }
}
