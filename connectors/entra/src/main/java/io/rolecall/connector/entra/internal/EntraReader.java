package io.rolecall.connector.entra.internal;

import io.rolecall.connector.entra.EntraSettings;
import io.rolecall.connector.support.DirectoryRead;
import io.rolecall.connector.support.LeavingDate;
import io.rolecall.connector.support.PatientRequests;
import io.rolecall.connector.support.PeopleByEmail;
import io.rolecall.connector.support.Progress;
import io.rolecall.connector.support.ReadStatistics;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.DirectoryReadException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One read of an Entra ID tenant: every user (with the manager expanded), the deleted users still
 * in the recycle bin (they are the leavers), and the transitive user members of each group roles.yaml
 * names, by display name or id. Any request that finally fails fails the whole read.
 */
public final class EntraReader {

    static final String USER_FIELDS = "id,mail,userPrincipalName,displayName,accountEnabled,jobTitle,department,"
            + "employeeLeaveDateTime,userType,employeeType";
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final EntraSettings settings;
    private final Graph graph;
    private final PatientRequests requests;
    private final Progress progress;

    public EntraReader(EntraSettings settings, Graph graph, PatientRequests requests, Progress progress) {
        this.settings = settings;
        this.graph = graph;
        this.requests = requests;
        this.progress = progress;
    }

    /** A user as Graph gave it, before duplicate emails are settled. */
    private record Account(GraphUser user, boolean deleted) {
    }

    public DirectoryRead read() {
        Map<String, Account> accounts = new LinkedHashMap<>();
        graph.list("/v1.0/users?$select=" + USER_FIELDS + "&$expand=" + encode("manager($select=id,mail,userPrincipalName)")
                + "&$top=" + EntraSettings.PAGE_SIZE, "GET /v1.0/users", GraphUser.class, GraphUser::id, user -> {
                    accounts.put(user.id(), new Account(user, false));
                    if (accounts.size() % 1000 == 0) {
                        progress.update(String.format(Locale.ROOT, "Entra ID: %,d users read (%,d requests)",
                                accounts.size(), requests.requests()));
                    }
                });
        graph.list("/v1.0/directory/deletedItems/microsoft.graph.user?$select=" + USER_FIELDS + "&$top="
                + EntraSettings.PAGE_SIZE, "GET /v1.0/directory/deletedItems/microsoft.graph.user", GraphUser.class,
                GraphUser::id, user ->
                // A restored user is listed live too; the live account wins.
                accounts.putIfAbsent(user.id(), new Account(user, true)));
        Map<String, Set<String>> groupsByUser = new HashMap<>();
        List<String> missingGroups = new ArrayList<>();
        for (String reference : settings.referencedGroups()) {
            List<String> groupIds = groupIds(reference);
            if (groupIds.isEmpty()) {
                missingGroups.add(reference);
            }
            for (String groupId : groupIds) {
                graph.list("/v1.0/groups/" + groupId + "/transitiveMembers/microsoft.graph.user?$select=id&$top="
                        + EntraSettings.PAGE_SIZE, "GET /v1.0/groups/" + groupId + "/transitiveMembers (group "
                        + reference + ")", GraphObject.class, GraphObject::id, member -> groupsByUser
                        .computeIfAbsent(member.id(), id -> new LinkedHashSet<>()).add(reference));
            }
        }
        return toSnapshot(accounts, groupsByUser, missingGroups);
    }

    /** The ids of the groups a roles.yaml reference names: an id as given, else every exact display name. */
    private List<String> groupIds(String reference) {
        if (GUID.matcher(reference).matches()) {
            return graph.object(graphRoot() + "/v1.0/groups/" + reference + "?$select=id,displayName",
                    "GET /v1.0/groups/" + reference, GraphObject.class).map(group -> List.of(group.id()))
                    .orElse(List.of());
        }
        List<String> ids = new ArrayList<>();
        String filter = "displayName eq '" + reference.replace("'", "''") + "'";
        graph.list("/v1.0/groups?$filter=" + encode(filter) + "&$select=id,displayName",
                "GET /v1.0/groups?$filter=" + filter, GraphObject.class, GraphObject::id, group -> {
                    // Graph compares display names ignoring case; roles.yaml does too.
                    if (reference.equalsIgnoreCase(group.displayName())) {
                        ids.add(group.id());
                    }
                });
        return ids;
    }

    private String graphRoot() {
        return settings.graphRoot().toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private DirectoryRead toSnapshot(Map<String, Account> accounts, Map<String, Set<String>> groupsByUser,
                              List<String> missingGroups) {
        PeopleByEmail people = new PeopleByEmail();
        for (Account account : accounts.values()) {
            GraphUser user = account.user();
            if (user.isGuest()) {
                people.guest();
                continue;
            }
            if (!account.deleted() && user.accountEnabled() == null) {
                // Taken as enabled, a disabled leaver would stay an active holder: nothing is guessed.
                throw new DirectoryReadException("Microsoft Graph listed user " + user.id() + " without accountEnabled, "
                        + "so RoleCall cannot tell whether the account may still sign in; nothing was scanned. Graph "
                        + "leaves it out when the app may not read it: grant the application permission "
                        + "User.Read.All with admin consent, then scan again.");
            }
            Email email = emailOf(user.mail(), user.userPrincipalName());
            if (email == null) {
                people.withoutEmail();
                continue;
            }
            LocalDate leaving = LeavingDate.parse(user.employeeLeaveDateTime());
            boolean service = settings.serviceEmployeeType() != null
                    && settings.serviceEmployeeType().equalsIgnoreCase(user.employeeType());
            people.add(new Person(user.id(), email, blankToNull(user.displayName()), status(account, leaving),
                    service ? PersonType.SERVICE : PersonType.PERSON, blankToNull(user.jobTitle()),
                    blankToNull(user.department()), user.manager() == null ? null
                    : emailOf(user.manager().mail(), user.manager().userPrincipalName()),
                    groupsByUser.getOrDefault(user.id(), Set.of()), leaving), null);
        }
        List<Person> kept = people.people();
        ReadStatistics statistics = ReadStatistics.of(kept.size(), graph.pages(), requests, people);
        Set<String> found = new LinkedHashSet<>(settings.referencedGroups());
        missingGroups.forEach(found::remove);
        return new DirectoryRead(DirectorySnapshot.of(kept, found), statistics, missingGroups);
    }

    /**
     * Deleted: LEFT. Disabled: LEFT when its leaving date is before the as-of day or disabled accounts
     * are taken as leavers, else SUSPENDED. Enabled: ACTIVE, with its leaving date if it has one.
     */
    private PersonStatus status(Account account, LocalDate leaving) {
        if (account.deleted()) {
            return PersonStatus.LEFT;
        }
        if (account.user().accountEnabled()) {
            return PersonStatus.ACTIVE;
        }
        return settings.disabledMeansLeft() || (leaving != null && leaving.isBefore(settings.asOf()))
                ? PersonStatus.LEFT : PersonStatus.SUSPENDED;
    }

    /** mail, else the user principal name when it is an address. */
    private static Email emailOf(String mail, String userPrincipalName) {
        for (String value : new String[] {mail, userPrincipalName}) {
            if (value != null && Email.isValid(value.trim())) {
                return Email.of(value.trim());
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
