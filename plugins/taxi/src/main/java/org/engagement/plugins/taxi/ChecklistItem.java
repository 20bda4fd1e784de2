package org.engagement.plugins.taxi;

import java.time.Instant;

/**
 * One line of a renewal checklist as people read it.
 *
 * @param code   TRAINING, NR3S, DBS or HMRC
 * @param detail what was found, in words; null while nothing is recorded
 */
public record ChecklistItem(String code, String title, boolean done, String detail, String recordedBy, Instant recordedAt) {

    public String statusText() {
        if (done) {
            return "Done";
        }
        return detail == null ? "Not done" : "Outstanding";
    }
}
