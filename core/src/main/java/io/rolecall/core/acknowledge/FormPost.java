package io.rolecall.core.acknowledge;

import java.util.List;
import java.util.Map;

/**
 * A submission of the acceptance form, as an HTTP edge received it.
 *
 * @param fields    the form's fields by name (a field sent twice keeps both values)
 * @param origin    the request's Origin header, or null
 * @param fetchSite the request's Sec-Fetch-Site header, or null (older browsers, scripts)
 * @param userAgent the request's User-Agent header, or null
 */
public record FormPost(Map<String, List<String>> fields, String origin, String fetchSite, String userAgent) {

    public FormPost {
        fields = Map.copyOf(fields);
    }

    /** The field's only value, or null when it is absent or sent more than once. */
    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}
