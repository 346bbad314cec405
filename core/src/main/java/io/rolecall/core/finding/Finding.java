package io.rolecall.core.finding;

import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A gap as the store keeps it: what it is about, its latest wording, and every episode it was open,
 * so that a reopened finding keeps its history and reports can measure time to resolve.
 *
 * @param exception  the accepted risk it is (or, while open again, was last) accepted under in its
 *                   current episode; null when none
 * @param references the clauses it shows unmet, cited, as the latest scan that detected it saw them
 */
public record Finding(FindingKey key, Severity severity, String message, String remediation,
                      List<Episode> episodes, LocalDate dueDate, RiskAcceptance exception, List<String> references) {

    public Finding(FindingKey key, Severity severity, String message, String remediation, List<Episode> episodes,
                   LocalDate dueDate) {
        this(key, severity, message, remediation, episodes, dueDate, null);
    }

    public Finding(FindingKey key, Severity severity, String message, String remediation, List<Episode> episodes,
                   LocalDate dueDate, RiskAcceptance exception) {
        this(key, severity, message, remediation, episodes, dueDate, exception, List.of());
    }

    public Finding {
        references = references == null ? List.of() : List.copyOf(references);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        episodes = List.copyOf(episodes);
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("a finding has at least one episode");
        }
        for (int i = 0; i < episodes.size() - 1; i++) {
            if (episodes.get(i).isOpen()) {
                throw new IllegalArgumentException("only the latest episode of a finding may be open");
            }
        }
        Objects.requireNonNull(dueDate, "dueDate");
        if (exception != null && !episodes.get(episodes.size() - 1).isOpen()) {
            throw new IllegalArgumentException("a resolved finding is accepted under no exception");
        }
    }

    public String id() {
        return key.id();
    }

    public FindingKind kind() {
        return key.kind();
    }

    public String roleId() {
        return key.roleId();
    }

    public String relatedRoleId() {
        return key.relatedRoleId();
    }

    public String responsibilityId() {
        return key.responsibilityId();
    }

    public Email person() {
        return key.person();
    }

    public String group() {
        return key.group();
    }

    /** The document or the framework function the finding is about, or null. */
    public String subject() {
        return key.subject();
    }

    public String activityId() {
        return key.activityId();
    }

    public Episode currentEpisode() {
        return episodes.get(episodes.size() - 1);
    }

    public FindingStatus status() {
        if (!currentEpisode().isOpen()) {
            return FindingStatus.RESOLVED;
        }
        return exception != null && exception.inEffect() ? FindingStatus.ACCEPTED : FindingStatus.OPEN;
    }

    /** A gap to fix: detected by the latest scan and not an accepted risk. */
    public boolean isOpen() {
        return status() == FindingStatus.OPEN;
    }

    public boolean isAccepted() {
        return status() == FindingStatus.ACCEPTED;
    }

    /** Detected by the latest scan: open or accepted. */
    public boolean isDetected() {
        return currentEpisode().isOpen();
    }

    /**
     * The day the due date counts from: the current episode's opening, or the day an exception
     * ended if that came later.
     */
    public LocalDate dueFrom() {
        LocalDate ended = exception == null ? null : exception.endedOn();
        return ended != null && ended.isAfter(openedOn()) ? ended : openedOn();
    }

    /** The first time any scan detected this gap. */
    public LocalDate firstSeen() {
        return episodes.get(0).openedOn();
    }

    /** When the current (or latest) episode opened: the start of "age" in reports. */
    public LocalDate openedOn() {
        return currentEpisode().openedOn();
    }

    /** When the latest episode was resolved, or null while open. */
    public LocalDate resolvedAt() {
        return currentEpisode().resolvedOn();
    }

    /** The last scan that detected a resolved finding; null while open (the latest scan detects it). */
    public LocalDate lastSeen() {
        return currentEpisode().lastSeenOn();
    }

    public boolean isOverdue(LocalDate asOf) {
        return isOpen() && asOf.isAfter(dueDate);
    }

    Finding withDetection(DetectedFinding detected, LocalDate newDueDate, RiskAcceptance newException) {
        return new Finding(key, detected.severity(), detected.message(), detected.remediation(), episodes,
                newDueDate, newException, detected.references());
    }

    List<Episode> episodesPlus(Episode episode) {
        List<Episode> all = new ArrayList<>(episodes);
        all.add(episode);
        return all;
    }

    Finding resolvedOn(LocalDate on, LocalDate lastScan) {
        List<Episode> all = new ArrayList<>(episodes);
        all.set(all.size() - 1, currentEpisode().resolve(on, lastScan));
        return new Finding(key, severity, message, remediation, all, dueDate, null, references);
    }
}
