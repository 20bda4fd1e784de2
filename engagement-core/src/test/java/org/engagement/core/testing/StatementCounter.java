package org.engagement.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log for a test's sector-module unit: it counts the SQL statements the unit sends and prints
 * nothing, so a test can show that a page's cost does not grow with the number of organisations.
 */
public class StatementCounter extends AbstractSessionLog {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    /** How many SQL statements the module units have sent since the last call, and starts counting again. */
    public static int takeCount() {
        return STATEMENTS.getAndSet(0);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            STATEMENTS.incrementAndGet();
        }
    }
}
