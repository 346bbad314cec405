package io.rolecall.connector.okta.internal;

import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserProfile;
import com.okta.sdk.resource.model.UserStatus;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.DirectoryReadException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

/** What RoleCall keeps of an Okta user, and how Okta's statuses map onto RoleCall's. */
final class OktaUsers {

    private OktaUsers() {
    }

    /**
     * Okta status to RoleCall status. STAGED (created, never activated: a joiner who has not started)
     * maps to SUSPENDED on purpose: such an account cannot act on a role yet, so it must not count as
     * an active holder, and the holder finding tells the compliance manager to check.
     */
    static PersonStatus status(String userId, UserStatus status) {
        if (status == null) {
            throw new DirectoryReadException("Okta returned user " + userId + " without a status, so RoleCall cannot "
                    + "tell whether they may act on a role; nothing was scanned. Check the user in the Okta Admin "
                    + "Console, and any proxy between RoleCall and Okta");
        }
        return switch (status.getValue()) {
            case "ACTIVE", "PROVISIONED", "RECOVERY", "PASSWORD_EXPIRED", "LOCKED_OUT" -> PersonStatus.ACTIVE;
            case "DEPROVISIONED" -> PersonStatus.LEFT;
            case "SUSPENDED", "STAGED" -> PersonStatus.SUSPENDED;
            default -> throw new DirectoryReadException("Okta returned user " + userId + " with a status this RoleCall "
                    + "does not know, so it cannot tell whether they may act on a role; nothing was scanned. Upgrade "
                    + "RoleCall, or report the status to its maintainers");
        };
    }

    /** The fields of one user, taken off the SDK object at once so that pages can be dropped. */
    record RawUser(String id, PersonStatus status, Email email, String login, String name, String title,
                   String department, String managerId, String manager, String endDate, boolean serviceFlag,
                   OffsetDateTime lastUpdated) {
    }

    static RawUser raw(User user, String endDateAttribute, ServiceRule serviceRule) {
        UserProfile profile = user.getProfile();
        String login = profile == null ? null : profile.getLogin();
        String emailText = profile == null ? null : profile.getEmail();
        Email email = Email.isValid(emailText) ? Email.of(emailText) : Email.isValid(login) ? Email.of(login) : null;
        Map<String, Object> custom = profile == null ? Map.of() : profile.getAdditionalProperties();
        return new RawUser(user.getId(), status(user.getId(), user.getStatus()), email, login, profile == null ? null : name(profile),
                profile == null ? null : profile.getTitle(), profile == null ? null : profile.getDepartment(),
                profile == null ? null : profile.getManagerId(), profile == null ? null : profile.getManager(),
                text(custom, endDateAttribute), serviceRule != null && serviceRule.matches(custom, profile),
                user.getLastUpdated());
    }

    private static String name(UserProfile profile) {
        if (profile.getDisplayName() != null && !profile.getDisplayName().isBlank()) {
            return profile.getDisplayName();
        }
        String first = profile.getFirstName() == null ? "" : profile.getFirstName();
        String last = profile.getLastName() == null ? "" : profile.getLastName();
        String full = (first + " " + last).trim();
        return full.isEmpty() ? null : full;
    }

    static String text(Map<String, Object> custom, String attribute) {
        if (attribute == null || custom == null) {
            return null;
        }
        Object value = custom.get(attribute);
        return value == null ? null : value.toString();
    }


    /** "attribute" (true when truthy) or "attribute=value" (case-insensitive) marks a service account. */
    record ServiceRule(String attribute, String value) {

        static ServiceRule parse(String rule) {
            if (rule == null || rule.isBlank()) {
                return null;
            }
            int equals = rule.indexOf('=');
            return equals < 0 ? new ServiceRule(rule.trim(), null)
                    : new ServiceRule(rule.substring(0, equals).trim(), rule.substring(equals + 1).trim());
        }

        boolean matches(Map<String, Object> custom, UserProfile profile) {
            String actual = attribute.equals("userType") && profile != null && profile.getUserType() != null
                    ? profile.getUserType() : text(custom, attribute);
            if (actual == null) {
                return false;
            }
            if (value == null) {
                return switch (actual.trim().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1", "service" -> true;
                    default -> false;
                };
            }
            return actual.trim().equalsIgnoreCase(value);
        }
    }
}
