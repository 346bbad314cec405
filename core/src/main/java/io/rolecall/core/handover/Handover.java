package io.rolecall.core.handover;

import io.rolecall.core.model.ContentHash;
import io.rolecall.core.model.Email;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * A primary's role handed to a successor: proposed by a scan when the primary is leaving or has left,
 * accepted by the successor on a signed page (which also counts as accepting the role's duties), applied
 * from its effective day (the scan treats the successor as the primary instead of the leaver) and closed
 * when roles.yaml itself names the successor; or cancelled by the compliance manager.
 *
 * @param id            {@code HO-} and eight hex digits of role, leaver and successor: the same proposal
 *                      made by two scans, or by two at once, is one handover
 * @param effective     the day the successor takes over: the leaver's last day, or the day it was proposed
 *                      when they had already left
 * @param dutiesVersion the version of the duties the successor accepted; null until then
 * @param acceptedAt    when the successor accepted, by the real clock; null until then
 * @param closedOn      the day it was applied in roles.yaml or cancelled; null while open
 * @param note          why it was cancelled; null otherwise
 */
public record Handover(String id, String roleId, Email from, Email to, LocalDate effective, Status status,
                       LocalDate proposedOn, String dutiesVersion, Instant acceptedAt, LocalDate closedOn,
                       String note) {

    /** What a signed link to a handover page names instead of a role id: {@code handover:HO-...}. */
    public static final String LINK_PREFIX = "handover:";

    public enum Status {
        /** Waiting for the successor to accept. */
        PROPOSED,
        /** Accepted: the successor is primary from the effective day, until roles.yaml says so itself. */
        ACCEPTED,
        /** roles.yaml names the successor: nothing is left to do. */
        APPLIED,
        /** Called off by the compliance manager; never proposed again for the same people and role. */
        CANCELLED
    }

    public Handover {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(proposedOn, "proposedOn");
    }

    /** A new proposal. */
    public static Handover propose(String roleId, Email from, Email to, LocalDate effective, LocalDate on) {
        return new Handover(idOf(roleId, from, to), roleId, from, to, effective, Status.PROPOSED, on, null, null,
                null, null);
    }

    static String idOf(String roleId, Email from, Email to) {
        return "HO-" + ContentHash.sha256Hex(roleId + "|" + from.value() + "|" + to.value()).substring(0, 8)
                .toUpperCase(Locale.ROOT);
    }

    /** The id a link carries, {@code handover:HO-...}. */
    public String linkId() {
        return LINK_PREFIX + id;
    }

    public boolean open() {
        return status == Status.PROPOSED || status == Status.ACCEPTED;
    }

    /**
     * Whether the successor had accepted by the end of {@code day} (UTC), the day a scan or report is
     * dated: like an acceptance of duties, one dated after the day being looked at does not count yet.
     */
    public boolean acceptedBy(LocalDate day) {
        return status == Status.ACCEPTED && !acceptedAt.atZone(ZoneOffset.UTC).toLocalDate().isAfter(day);
    }

    public Handover withEffective(LocalDate day) {
        return new Handover(id, roleId, from, to, day, status, proposedOn, dutiesVersion, acceptedAt, closedOn, note);
    }

    public Handover accepted(String version, Instant at) {
        return new Handover(id, roleId, from, to, effective, Status.ACCEPTED, proposedOn, version, at, null, null);
    }

    public Handover applied(LocalDate on) {
        return new Handover(id, roleId, from, to, effective, Status.APPLIED, proposedOn, dutiesVersion, acceptedAt,
                on, null);
    }

    public Handover cancelled(LocalDate on, String why) {
        return new Handover(id, roleId, from, to, effective, Status.CANCELLED, proposedOn, dutiesVersion, acceptedAt,
                on, why);
    }
}
