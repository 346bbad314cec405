package io.rolecall.core.usecase;

import io.rolecall.core.calendar.ActivityCompletion;
import io.rolecall.core.calendar.AssignmentRecords;
import io.rolecall.core.calendar.CalendarException;
import io.rolecall.core.calendar.IsmsCalendar;
import io.rolecall.core.calendar.TrainingCompletion;
import io.rolecall.core.calendar.TrainingRow;
import io.rolecall.core.catalogue.Activity;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.Storage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ISMS calendar: completions of activities and of role training recorded as evidence, and the
 * calendar as it stands on a day. Completions are checked against the roles.yaml of the latest scan.
 */
public final class CalendarUseCase {

    private final Storage storage;
    private final AsOfRules asOfRules;

    public CalendarUseCase(Storage storage, AsOfRules asOfRules) {
        this.storage = storage;
        this.asOfRules = asOfRules;
    }

    /** Records that an activity was done on {@code on}; the next scan resolves its findings. */
    public ActivityCompletion done(String activityId, LocalDate on, String evidence, String by, LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this completion");
        RoleCatalogue catalogue = latestCatalogue();
        Activity activity = catalogue.activity(activityId).orElseThrow(() -> new CalendarException("'" + activityId
                + "' is not an activity of roles.yaml; use one of: " + catalogue.activities().stream()
                .map(Activity::id).collect(Collectors.joining(", ")) + "."));
        notAfter(on, asOf, "an activity once it is done");
        ActivityCompletion completion = new ActivityCompletion(activity.id(), on, evidence(evidence, "the evidence"),
                by, asOf);
        storage.calendar().recordActivity(completion);
        return completion;
    }

    /**
     * Records that top management reviewed who holds a role, on {@code on}: the next scan counts the role's
     * assignment reviews from then, and resolves a review due after a change of holder.
     *
     * @param reviewer who made the review (an email address)
     * @param evidence the minutes or decision, optional
     */
    public ActivityCompletion recordAssignmentReview(String roleId, LocalDate on, String reviewer, String evidence,
                                                     LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this review");
        Role role = role(latestCatalogue(), roleId);
        Optional<String> problem = Email.problemIn(reviewer == null ? "" : reviewer);
        if (problem.isPresent()) {
            throw new CalendarException("the reviewer '" + reviewer + "' is not an email address (" + problem.get()
                    + "); name who made the review.");
        }
        notAfter(on, asOf, "a review once it is made");
        ActivityCompletion review = new ActivityCompletion(AssignmentRecords.reviewId(role.id()), on,
                evidence == null ? "" : evidence.strip(), Email.of(reviewer).value(), asOf);
        storage.calendar().recordActivity(review);
        return review;
    }

    /**
     * Records that the authority a role's new holder must be notified to was told, on {@code on}, with its
     * reference (a case number, a receipt): the next scan resolves the role's AUTHORITY_NOT_NOTIFIED.
     */
    public ActivityCompletion recordAuthorityNotice(String roleId, LocalDate on, String reference, String by,
                                                    LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this notice");
        Role role = role(latestCatalogue(), roleId);
        if (role.rules().notifyAuthority() == null) {
            throw new CalendarException("the role " + role.id() + " names no authority to notify (notifyAuthority "
                    + "in roles.yaml or its functions); nothing to record.");
        }
        notAfter(on, asOf, "a notice once it is given");
        ActivityCompletion notice = new ActivityCompletion(AssignmentRecords.noticeId(role.id()), on,
                evidence(reference, "the reference"), by, asOf);
        storage.calendar().recordActivity(notice);
        return notice;
    }

    private static Role role(RoleCatalogue catalogue, String roleId) {
        return catalogue.role(roleId).orElseThrow(() -> new CalendarException("'" + roleId + "' is not a role of "
                + "roles.yaml; use one of: " + catalogue.roles().stream().map(Role::id)
                .collect(Collectors.joining(", ")) + "."));
    }

    private static void notAfter(LocalDate on, LocalDate asOf, String what) {
        if (on.isAfter(asOf)) {
            throw new CalendarException("the day given, " + on + ", is after the day this command counts as ("
                    + asOf + "): record " + what + ".");
        }
    }

    /**
     * What a batch of training rows did: the completions newly kept, how many rows repeated another row
     * of the batch or a completion kept before (each is kept once), and the people no scan has seen
     * (kept, since a new joiner may be trained before the next scan; usually a typo).
     */
    public record TrainingRecorded(List<TrainingCompletion> added, int repeatedRows, int keptBefore,
                                   List<Email> neverSeen) {
        public TrainingRecorded {
            added = List.copyOf(added);
            neverSeen = List.copyOf(neverSeen);
        }
    }

    /**
     * Checks every row first and stores them all, or none: one problem anywhere refuses the whole
     * batch, with every problem listed by where it was written.
     */
    public TrainingRecorded recordTraining(List<TrainingRow> rows, String by, LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this training record");
        RoleCatalogue catalogue = latestCatalogue();
        List<String> problems = new ArrayList<>();
        List<TrainingCompletion> completions = new ArrayList<>();
        for (TrainingRow row : rows) {
            String where = row.where().isEmpty() ? "" : row.where() + ": ";
            int before = problems.size();
            Optional<String> emailProblem = Email.problemIn(row.person() == null ? "" : row.person());
            emailProblem.ifPresent(problem -> problems.add(where + "person '" + row.person() + "' is not an email "
                    + "address (" + problem + ")"));
            Optional<Role> role = catalogue.role(row.roleId() == null ? "" : row.roleId());
            if (role.isEmpty()) {
                problems.add(where + "role '" + row.roleId() + "' is not a role of roles.yaml; use one of: "
                        + catalogue.roles().stream().filter(r -> r.training() != null).map(Role::id)
                        .collect(Collectors.joining(", ")) + " (the roles with training)");
            } else if (role.get().training() == null) {
                problems.add(where + "role '" + row.roleId() + "' has no training in roles.yaml; add "
                        + "training: {name: ..., everyMonths: 12} to it, or use a role that has one");
            }
            LocalDate on = null;
            try {
                on = LocalDate.parse(row.completedOn() == null ? "" : row.completedOn().trim());
                if (on.isAfter(asOf)) {
                    problems.add(where + "completedOn " + on + " is after " + asOf + ", the day this counts as");
                }
            } catch (DateTimeParseException e) {
                problems.add(where + "completedOn '" + row.completedOn() + "' is not a date; write YYYY-MM-DD");
            }
            if (row.evidence() == null || row.evidence().isBlank()) {
                problems.add(where + "evidence is empty; give a link or a few words an auditor can follow (a "
                        + "certificate, an LMS record)");
            }
            if (problems.size() == before) {
                completions.add(new TrainingCompletion(Email.of(row.person()), row.roleId(), on,
                        row.evidence().strip(), by, asOf));
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(rows.size() == 1 ? problems.get(0) + "."
                    : problems.size() + " problems; nothing was stored:\n  " + String.join("\n  ", problems));
        }
        if (completions.isEmpty()) {
            throw new CalendarException("there is nothing to record: the file has a header and no rows.");
        }
        Set<List<Object>> kept = new HashSet<>();
        storage.calendar().records().training().forEach(done -> kept.add(key(done)));
        Map<List<Object>, TrainingCompletion> fresh = new LinkedHashMap<>();
        int repeated = 0;
        int keptBefore = 0;
        for (TrainingCompletion completion : completions) {
            if (kept.contains(key(completion))) {
                keptBefore++;
            } else if (fresh.putIfAbsent(key(completion), completion) != null) {
                repeated++;
            }
        }
        List<Email> neverSeen = fresh.values().stream().map(TrainingCompletion::person).distinct()
                .filter(person -> storage.people().find(person).isEmpty()).toList();
        if (!fresh.isEmpty()) {
            storage.calendar().recordTraining(fresh.values());
        }
        return new TrainingRecorded(List.copyOf(fresh.values()), repeated, keptBefore, neverSeen);
    }

    /** What makes two records of training the same completion: the store keeps each once. */
    private static List<Object> key(TrainingCompletion completion) {
        return List.of(completion.person(), completion.roleId(), completion.completedOn(), completion.evidence());
    }

    /** The calendar on {@code asOf}, with the roles.yaml and directory of the latest scan. */
    public IsmsCalendar view(LocalDate asOf) {
        RoleCatalogue catalogue = latestCatalogue();
        return IsmsCalendar.of(catalogue, StoredState.directory(storage, catalogue).holdings(),
                storage.calendar().records(), asOf);
    }

    public RoleCatalogue latestCatalogue() {
        return StoredState.latestCatalogue(storage).orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so there is no roles.yaml to check against: run a scan first."));
    }

    /** @param what what the text is, as the message names it: "the evidence", "the reference" */
    private static String evidence(String evidence, String what) {
        if (evidence == null || evidence.isBlank()) {
            throw new CalendarException(what + " is empty; give a link or a few words an auditor can "
                    + "follow (the report, the minutes, the ticket, the receipt).");
        }
        return evidence.strip();
    }
}
