package org.engagement.core.spi;

/**
 * The access log ("who looked at what") as the core publishes it to the web module and to sector modules: call it
 * once a record holding personal data has been shown, or an export holding personal data produced, to the signed-in
 * user. The core fills in who, when, with which roles and from which address; one insert and its link in the log's hash chain.
 */
public interface RecordViews {

    /**
     * The user was shown one record: {@code recordKind} in words ("Person", "Taxi driver"), its id, and the core
     * person it is about when there is one (so their subject access export can say who viewed their record).
     */
    void viewed(String recordKind, long recordId, Long personId);

    /**
     * The user downloaded an export holding personal data: {@code what} in words ("Subject access export", "Bulk
     * renewal check"), the person it is about when it is about one, and a short detail (the format, how many rows).
     */
    void exported(String what, Long personId, String detail);
}
