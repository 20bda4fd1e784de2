package org.engagement.web.testing;

import java.util.List;
import java.util.Map;

/** Typed views of parsed JSON values (maps, lists, strings, numbers, booleans), for reading API answers in tests. */
public final class Json {

    private Json() {}

    /** A JSON object. */
    @SuppressWarnings("unchecked") // JSON-B parses an object into a Map<String, Object>: the cast cannot be checked.
    public static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    /** A JSON array of objects. */
    @SuppressWarnings("unchecked") // JSON-B parses an array into a List: the cast cannot be checked.
    public static List<Map<String, Object>> objects(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
