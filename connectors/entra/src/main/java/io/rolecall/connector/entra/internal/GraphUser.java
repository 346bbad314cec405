package io.rolecall.connector.entra.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A user as Graph returns it for RoleCall's $select (and its expanded manager); nothing else is kept. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GraphUser(String id, String mail, String userPrincipalName, String displayName, Boolean accountEnabled,
                 String jobTitle, String department, String employeeLeaveDateTime, String userType,
                 String employeeType, Manager manager) {

    /** A guest of another organisation: "Guest", or invited under an #EXT# principal name. */
    boolean isGuest() {
        return "Guest".equalsIgnoreCase(userType)
                || userPrincipalName != null && userPrincipalName.toUpperCase(java.util.Locale.ROOT).contains("#EXT#");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Manager(String id, String mail, String userPrincipalName) {
    }
}
