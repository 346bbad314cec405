package io.rolecall.connector.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.DirectoryReadException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How every HR source reads a value out of its vendor's JSON, and where it may send its credentials. */
public final class HrValues {

    private HrValues() {
    }

    /** A text value, trimmed; null for absent, null, empty or not a plain value. */
    public static String text(JsonNode node) {
        String value = node != null && node.isValueNode() && !node.isNull() ? node.asText("").trim() : "";
        return value.isEmpty() ? null : value;
    }

    /** A work email RoleCall can join on, or empty: a record without one belongs to nobody's account. */
    public static Optional<Email> email(JsonNode node) {
        String value = text(node);
        return value == null || Email.problemIn(value).isPresent() ? Optional.empty() : Optional.of(Email.of(value));
    }

    /**
     * A day from a date or a date-time ({@code 2026-12-15}, {@code 2026-12-15T00:00:00Z}); empty when unset
     * (BambooHR writes {@code 0000-00-00}). A value RoleCall cannot read fails the read rather than hide a
     * leaver.
     *
     * @param whose names the record in the message, for example "employee 7"
     */
    public static Optional<LocalDate> date(JsonNode node, String service, String field, String whose) {
        String value = text(node);
        if (value == null || value.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            throw new DirectoryReadException(service + " gave " + field + " '" + value + "' for " + whose + ", which "
                    + "is not a date RoleCall can read; nothing was scanned. Check the field's format in " + service
                    + ".");
        }
    }

    /**
     * The address a source sends its credentials to: {@code key}'s value when set, else {@code standard};
     * https only, except plain http on a loopback address for a test stub.
     *
     * @throws IllegalArgumentException naming the key when the address would send credentials in clear
     */
    public static URI root(ProviderSettings settings, String key, URI standard) {
        URI root = settings.optional(key).map(String::trim).map(URI::create).orElse(standard);
        return secure(root, key, "the credentials travel with every request");
    }

    /**
     * {@code address} when it is https, or plain http on a loopback address (a test stub).
     *
     * @param why what travels to it, for the message
     * @throws IllegalArgumentException naming {@code key}, never the address (it may carry a signature)
     */
    public static URI secure(URI address, String key, String why) {
        String host = address.getHost();
        boolean loopback = "http".equals(address.getScheme()) && host != null
                && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        if (!"https".equals(address.getScheme()) && !loopback) {
            throw new IllegalArgumentException(key + " must be https (plain http only on a loopback address, for a "
                    + "test stub): " + why);
        }
        return address;
    }

    /**
     * Refuses a paging link that leads away from the vendor's host: the next request carries the token.
     *
     * @param link an absolute or a root-relative link from the vendor's answer
     */
    public static URI sameHost(URI root, String link, String service) {
        URI next = root.resolve(link);
        if (!root.getScheme().equals(next.getScheme()) || !String.valueOf(root.getAuthority())
                .equals(String.valueOf(next.getAuthority()))) {
            throw new DirectoryReadException(service + " pointed the next page at " + next.getScheme() + "://"
                    + next.getAuthority() + ", not at " + root.getAuthority() + "; RoleCall does not send the "
                    + "credentials there, and nothing was scanned. Report it to " + service + ".");
        }
        return next;
    }
}
