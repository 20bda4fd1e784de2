package org.engagement.web.home;

/**
 * One number on a home page and the list behind it. {@code href} is relative to the application; {@code attention}
 * marks a figure that asks for work today, shown in words ("needs attention") as well as in colour.
 */
public record DashboardFigure(String id, String label, long count, String detail, String href, boolean attention) {

    static DashboardFigure of(String id, String label, long count, String detail, String href) {
        return new DashboardFigure(id, label, count, detail, href, count > 0);
    }
}
