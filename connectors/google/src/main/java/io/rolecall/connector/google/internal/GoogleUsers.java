package io.rolecall.connector.google.internal;

import com.google.api.services.directory.model.User;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.DirectoryReadException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What RoleCall keeps of a Workspace user, and how Workspace's leaver signals map onto its statuses. */
final class GoogleUsers {

    private GoogleUsers() {
    }

    /**
     * Deleted or archived: LEFT. Suspended: LEFT when the suspension reason is one that means the
     * person left (by default ADMIN: an admin suspended them, the usual first step of offboarding),
     * otherwise SUSPENDED, which covers Google's automatic suspensions (for example WEB_LOGIN_REQUIRED
     * or ABUSE) and suspensions without a reason.
     */
    static PersonStatus status(User user, boolean deleted, Set<String> leaverReasons) {
        if (deleted || user.getDeletionTime() != null) {
            return PersonStatus.LEFT;
        }
        if (user.getSuspended() == null || user.getArchived() == null) {
            throw new DirectoryReadException("Google returned user " + user.getId() + " without its "
                    + (user.getSuspended() == null ? "suspended" : "archived") + " flag, so RoleCall cannot tell "
                    + "whether they may act on a role; nothing was scanned. Check any proxy between RoleCall and "
                    + "Google, and try again");
        }
        if (user.getArchived()) {
            return PersonStatus.LEFT;
        }
        if (Boolean.TRUE.equals(user.getSuspended())) {
            String reason = user.getSuspensionReason();
            return reason != null && leaverReasons.contains(reason.trim().toUpperCase(Locale.ROOT))
                    ? PersonStatus.LEFT : PersonStatus.SUSPENDED;
        }
        return PersonStatus.ACTIVE;
    }

    record RawUser(String id, Email email, String name, PersonStatus status, String title, String department,
                   Email manager, String endDate, boolean service) {
    }

    static RawUser raw(User user, boolean deleted, Mapping mapping) {
        String primary = user.getPrimaryEmail();
        Map<String, Object> organization = primaryOf(user.getOrganizations());
        return new RawUser(user.getId(), Email.isValid(primary) ? Email.of(primary) : null,
                user.getName() == null ? null : user.getName().getFullName(),
                status(user, deleted, mapping.leaverReasons()),
                text(organization, "title"), text(organization, "department"), manager(user.getRelations()),
                customField(user, mapping.endDateField()), mapping.isService(user));
    }

    /** The primary organization, else the first; Workspace returns organizations as a list of objects. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> primaryOf(Object organizations) {
        if (!(organizations instanceof List<?> list) || list.isEmpty()) {
            return Map.of();
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("primary"))) {
                return (Map<String, Object>) map;
            }
        }
        return list.get(0) instanceof Map<?, ?> first ? (Map<String, Object>) first : Map.of();
    }

    /** relations[] with type "manager" holds the manager's email. */
    private static Email manager(Object relations) {
        if (!(relations instanceof List<?> list)) {
            return null;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> relation && "manager".equals(relation.get("type"))) {
                Object value = relation.get("value");
                if (value != null && Email.isValid(value.toString())) {
                    return Email.of(value.toString());
                }
            }
        }
        return null;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    /** The value of "Schema.field" in the user's custom schemas, or null. */
    static String customField(User user, String schemaField) {
        if (schemaField == null || user.getCustomSchemas() == null) {
            return null;
        }
        int dot = schemaField.indexOf('.');
        if (dot < 0) {
            return null;
        }
        Map<String, Object> schema = user.getCustomSchemas().get(schemaField.substring(0, dot));
        Object value = schema == null ? null : schema.get(schemaField.substring(dot + 1));
        return value == null ? null : value.toString();
    }


    /** How settings map custom fields and org units onto RoleCall's fields. */
    record Mapping(Set<String> leaverReasons, String endDateField, String serviceField, String serviceValue,
                   String serviceOrgUnit) {

        static Mapping of(Set<String> leaverReasons, String endDateField, String serviceRule, String serviceOrgUnit) {
            String field = serviceRule;
            String value = null;
            if (serviceRule != null && serviceRule.contains("=")) {
                field = serviceRule.substring(0, serviceRule.indexOf('=')).trim();
                value = serviceRule.substring(serviceRule.indexOf('=') + 1).trim();
            }
            String unit = serviceOrgUnit == null || serviceOrgUnit.isBlank() ? null
                    : serviceOrgUnit.endsWith("/") && serviceOrgUnit.length() > 1
                    ? serviceOrgUnit.substring(0, serviceOrgUnit.length() - 1) : serviceOrgUnit;
            return new Mapping(leaverReasons, endDateField, field, value, unit);
        }

        boolean isService(User user) {
            if (serviceOrgUnit != null && user.getOrgUnitPath() != null) {
                String path = user.getOrgUnitPath();
                if (path.equalsIgnoreCase(serviceOrgUnit)
                        || path.toLowerCase(Locale.ROOT).startsWith(serviceOrgUnit.toLowerCase(Locale.ROOT) + "/")) {
                    return true;
                }
            }
            String actual = customField(user, serviceField);
            if (actual == null) {
                return false;
            }
            if (serviceValue != null) {
                return actual.trim().equalsIgnoreCase(serviceValue);
            }
            return switch (actual.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "service" -> true;
                default -> false;
            };
        }

        /** Schemas to ask the API for (projection=custom), or empty for projection=basic. */
        String schemaMask() {
            StringBuilder mask = new StringBuilder();
            for (String field : new String[] {endDateField, serviceField}) {
                if (field != null && field.contains(".")) {
                    String schema = field.substring(0, field.indexOf('.'));
                    if (mask.indexOf(schema) < 0) {
                        mask.append(mask.length() == 0 ? "" : ",").append(schema);
                    }
                }
            }
            return mask.toString();
        }
    }
}
