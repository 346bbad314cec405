package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Conversions between domain values and DynamoDB attributes; absent values are absent attributes. */
final class Items {

    private Items() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** Puts {@code value} as a string attribute unless it is null. */
    static void put(Map<String, AttributeValue> item, String name, Object value) {
        if (value != null) {
            item.put(name, s(value.toString()));
        }
    }

    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? null : value.s();
    }

    static LocalDate date(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null ? null : LocalDate.parse(value);
    }

    static Email email(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null ? null : Email.of(value);
    }

    static int integer(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Integer.parseInt(value.n());
    }

    /** A list of text, in order (an empty list is kept as one, unlike a string set). */
    static AttributeValue list(List<String> values) {
        return AttributeValue.fromL(values.stream().map(Items::s).toList());
    }

    /** A list of text, or empty when the item has none (written before the attribute existed). */
    static List<String> texts(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(AttributeValue::s).toList();
    }
}
