package org.engagement.plugins.taxi.domain;

import java.time.Instant;

/**
 * One line of a renewal checklist as people read it.
 *
 * @param code   TRAINING, NR3S, DBS or HMRC
 * @param status the state in words: Done, Outstanding (recorded but not settled) or Not done
 * @param detail what was found, in words; null while nothing is recorded
 */
public record ChecklistItem(
        String code, String title, boolean done, String status, String detail, String recordedBy, Instant recordedAt) {

    static ChecklistItem of(
            String code, String title, boolean done, String detail, String recordedBy, Instant recordedAt) {
        String status = done ? "Done" : detail == null ? "Not done" : "Outstanding";
        return new ChecklistItem(code, title, done, status, detail, recordedBy, recordedAt);
    }
}
