/**
 * The partnership's action plans: outcomes, numbered actions with a lead, dates, a measure of success and a
 * RED/AMBER/GREEN/COMPLETE status with its reason, dated progress notes, measures bound to figures the product
 * computes (with a suggested status from value, target and time left), and the scorecard of those figures by
 * financial quarter. {@link org.engagement.core.plan.PlanService} is the only way in.
 */
package org.engagement.core.plan;
