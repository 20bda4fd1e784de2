package org.engagement.core.audit;

public enum ChangeAction {
    CREATED,
    UPDATED,
    DELETED
}
