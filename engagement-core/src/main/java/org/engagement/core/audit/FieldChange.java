package org.engagement.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One field's value before and after a change; either side is null when the field was empty. */
@Embeddable
public class FieldChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "field_name", nullable = false, length = 60)
    private String field;

    @Column(name = "before_value", length = 4000)
    private String before;

    @Column(name = "after_value", length = 4000)
    private String after;

    protected FieldChange() {}

    public FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = clip(before);
        this.after = clip(after);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3997) + "...";
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
