package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.AcknowledgementPage;
import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.acknowledge.AcknowledgementRecords;
import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.ApprovalState;
import io.rolecall.core.acknowledge.ApprovalStatus;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.DutiesView;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.acknowledge.LinkClaims;
import io.rolecall.core.acknowledge.RoleHolders;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.catalogue.Document;
import io.rolecall.core.catalogue.Question;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.Storage;
import io.rolecall.core.usecase.AcknowledgementPages.ParsedCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a valid link is for and what it asks of them, by the latest records: a holder and their role's duties,
 * a successor and the handover, a reader and a document, or an approver and a document the management body
 * approves. Each subject has its own rules for when a link no longer asks anything (a role no longer held, a
 * new version, a handover called off), answered as the page that says so.
 */
final class LinkHolders {

    private final Storage storage;
    private final Clock clock;

    LinkHolders(Storage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    /** The holder behind a link whose signature and expiry were checked, for the roles.yaml of the latest scan. */
    Holder behind(LinkClaims claims, ParsedCatalogue catalogue, String token) throws PageRefusal {
        Optional<String> document = Document.idIn(claims.roleId());
        if (document.isPresent()) {
            return reader(claims, document.get(), catalogue, token);
        }
        if (claims.roleId().startsWith(Handover.LINK_PREFIX)) {
            return successor(claims, catalogue, token);
        }
        Optional<String> approval = Approval.idIn(claims.roleId());
        if (approval.isPresent()) {
            return approver(claims, approval.get(), catalogue, token);
        }
        return holder(claims, catalogue, token);
    }

    /** A holder of a role and its current duties, while the ledger says they hold it. */
    private Holder holder(LinkClaims claims, ParsedCatalogue catalogue, String token) throws PageRefusal {
        Role role = catalogue.catalogue().role(claims.roleId()).orElseThrow(() -> new PageRefusal(
                AcknowledgementPage.problem(410, "Role no longer exists", "The role this link was for no longer "
                        + "exists in the organisation's roles; nothing is asked of you for it.")));
        if (!role.dutiesVersion().equals(claims.version())) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Duties changed", "The duties of " + role.name()
                    + " have changed since this link was sent. A new notice with the current duties and a new "
                    + "link comes by email; accept those instead."));
        }
        List<AssignmentPeriod> periods = storage.ledger().openPeriodsOf(role.id(), claims.person());
        Optional<KnownPerson> person = storage.people().find(claims.person());
        if (periods.isEmpty() || person.isEmpty() || !person.get().isPresent()
                || !person.get().person().isActiveHolder()) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Role not held", "According to the latest "
                    + "records you no longer hold " + role.name() + ", so there is nothing to accept. If that is "
                    + "wrong, tell your compliance manager."));
        }
        LocalDate since = periods.stream().map(AssignmentPeriod::from).min(LocalDate::compareTo).orElseThrow();
        AcknowledgementRecords records = storage.acknowledgements().recordsOf(claims.person(), role.id());
        HolderAcknowledgement standing = AcknowledgementPlan.holder(role, claims.person(), since, records, today());
        int acceptancesOfVersion = (int) records.acceptances().stream()
                .filter(acceptance -> acceptance.version().equals(claims.version())).count();
        Set<Capacity> capacities = EnumSet.noneOf(Capacity.class);
        periods.forEach(p -> capacities.add(p.capacity()));
        DutiesView duties = DutiesView.of(catalogue.catalogue(), role, claims.person(), fromLedger(), capacities);
        return new Holder(claims, catalogue, Subject.of(role), standing, acceptancesOfVersion, duties,
                due(standing, "accept"), token, null);
    }

    /**
     * The successor behind a link to a handover: the person it asks, while it is open, for the duties as they
     * are. Accepting it accepts the role's duties too, so the answers and attempts are the role's.
     */
    private Holder successor(LinkClaims claims, ParsedCatalogue catalogue, String token) throws PageRefusal {
        String id = claims.roleId().substring(Handover.LINK_PREFIX.length());
        Handover handover = storage.handovers().find(id).filter(h -> h.to().equals(claims.person()))
                .orElseThrow(() -> new PageRefusal(AcknowledgementPage.problem(410, "No longer asked", "This "
                        + "handover is no longer on record, so nothing is asked of you. If that is wrong, tell your "
                        + "compliance manager.")));
        if (handover.status() == Handover.Status.CANCELLED) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Handover called off", "The compliance manager "
                    + "called this handover off" + (handover.note() == null ? "" : " (" + handover.note() + ")")
                    + ", so there is nothing to take over."));
        }
        Role role = catalogue.catalogue().role(handover.roleId()).orElseThrow(() -> new PageRefusal(
                AcknowledgementPage.problem(410, "Role no longer exists", "The role this handover was for no "
                        + "longer exists in the organisation's roles; nothing is asked of you for it.")));
        if (!role.dutiesVersion().equals(claims.version())) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Duties changed", "The duties of " + role.name()
                    + " have changed since this link was sent. A new notice with the current duties and a new "
                    + "link comes by email; accept those instead."));
        }
        Optional<KnownPerson> person = storage.people().find(claims.person());
        if (person.isEmpty() || !person.get().isPresent() || !person.get().person().isActiveHolder()) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Not asked of you", "According to the latest "
                    + "records you cannot take " + role.name() + " over. If that is wrong, tell your compliance "
                    + "manager."));
        }
        AcknowledgementRecords records = storage.acknowledgements().recordsOf(claims.person(), role.id());
        boolean taken = handover.status() != Handover.Status.PROPOSED;
        int failed = (int) records.attempts().stream().filter(a -> a.version().equals(claims.version())).count();
        HolderAcknowledgement standing = new HolderAcknowledgement(claims.person(), role.id(), claims.version(),
                taken ? AcknowledgementStatus.ACCEPTED : AcknowledgementStatus.PENDING, today(),
                taken ? handover.acceptedAt() : null, handover.proposedOn(), handover.proposedOn(),
                handover.effective(), null, failed);
        int acceptancesOfVersion = (int) records.acceptances().stream()
                .filter(acceptance -> acceptance.version().equals(claims.version())).count();
        DutiesView duties = DutiesView.successor(catalogue.catalogue(), role, claims.person(), fromLedger());
        String leaver = storage.people().find(handover.from()).filter(KnownPerson::isPresent)
                .map(known -> known.person().label()).orElse(handover.from().value());
        return new Holder(claims, catalogue, Subject.of(role), standing, acceptancesOfVersion, duties,
                "Please accept by " + handover.effective() + ".", token, new Handing(handover, leaver));
    }

    /** @param verb what the page asks for: "accept" (duties), "acknowledge" or "approve" (a document) */
    private String due(HolderAcknowledgement standing, String verb) {
        return standing.dueOn() == null ? null : today().isAfter(standing.dueOn())
                ? "It was due on " + standing.dueOn() + ": please " + verb + " now."
                : "Please " + verb + " by " + standing.dueOn() + ".";
    }

    /** The reader behind a link to a document: someone its audience includes, by the latest records. */
    private Holder reader(LinkClaims claims, String id, ParsedCatalogue catalogue, String token)
            throws PageRefusal {
        Document document = catalogue.catalogue().document(id).orElseThrow(() -> new PageRefusal(
                AcknowledgementPage.problem(410, "Document no longer asked", "The organisation no longer asks "
                        + "for this document to be acknowledged; nothing is asked of you for it.")));
        if (!document.acknowledgementVersion().equals(claims.version())) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "New version", "A new version of "
                    + document.title() + " replaced the one this link was sent for. A new notice with a link to "
                    + "the current version comes by email; acknowledge that one instead."));
        }
        Optional<KnownPerson> person = storage.people().find(claims.person());
        LocalDate since = null;
        boolean inAudience = person.isPresent() && person.get().isPresent()
                && person.get().person().isActiveHolder();
        if (inAudience && document.audience() instanceof Document.GroupAudience group) {
            inAudience = person.get().person().inGroup(group.group());
        } else if (inAudience && document.audience() instanceof Document.RoleAudience role) {
            List<AssignmentPeriod> periods = storage.ledger().openPeriodsOf(role.roleId(), claims.person());
            inAudience = !periods.isEmpty();
            since = periods.stream().map(AssignmentPeriod::from).min(LocalDate::compareTo).orElse(null);
        }
        if (!inAudience) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Not asked of you", "According to the latest "
                    + "records " + document.title() + " is no longer asked of you, so there is nothing to "
                    + "acknowledge. If that is wrong, tell your compliance manager."));
        }
        AcknowledgementRecords records = storage.acknowledgements().recordsOf(claims.person(),
                document.acknowledgementId());
        HolderAcknowledgement standing = AcknowledgementPlan.reader(catalogue.catalogue(), document,
                claims.person(), since, records, today());
        int acceptancesOfVersion = (int) records.acceptances().stream()
                .filter(acceptance -> acceptance.version().equals(claims.version())).count();
        return new Holder(claims, catalogue, Subject.of(document), standing, acceptancesOfVersion,
                DutiesView.of(document), due(standing, "acknowledge"), token, null);
    }

    /**
     * The approver behind a link to an approval: an active primary holder of the approvers role by the latest
     * records. Where they stand is read from the whole body's approvals (a handful of people): the quorum may
     * have decided without them.
     */
    private Holder approver(LinkClaims claims, String id, ParsedCatalogue catalogue, String token)
            throws PageRefusal {
        Approval approval = catalogue.catalogue().approval(id).orElseThrow(() -> new PageRefusal(
                AcknowledgementPage.problem(410, "Approval no longer asked", "The organisation no longer asks "
                        + "for this document to be approved; nothing is asked of you for it.")));
        if (!approval.version().equals(claims.version())) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "New version", "Version " + approval.version()
                    + " of " + approval.title() + " replaced the one this link was sent for. A new notice with a "
                    + "link to it comes by email; approve that one instead."));
        }
        List<Email> body = activePrimaries(approval.approversRole());
        String bodyName = catalogue.catalogue().roleName(approval.approversRole());
        if (!body.contains(claims.person())) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Not asked of you", "According to the latest "
                    + "records you are not an active primary holder of " + bodyName + ", so there is nothing to "
                    + "approve. If that is wrong, tell your compliance manager."));
        }
        List<Acceptance> acceptances = new ArrayList<>();
        List<Ask> asks = new ArrayList<>();
        for (Email member : body) {
            AcknowledgementRecords records = storage.acknowledgements().recordsOf(member, approval.recordId());
            acceptances.addAll(records.acceptances());
            asks.addAll(records.asks());
        }
        ApprovalState state = ApprovalState.of(approval, body, acceptances, asks,
                catalogue.catalogue().policy().acknowledgement(), today());
        HolderAcknowledgement standing = state.standings().stream()
                .filter(s -> s.person().equals(claims.person())).findFirst().orElseThrow();
        int acceptancesOfVersion = (int) acceptances.stream().filter(a -> a.person().equals(claims.person())
                && a.version().equals(claims.version())).count();
        return new Holder(claims, catalogue, Subject.of(approval), standing, acceptancesOfVersion,
                DutiesView.of(approval, bodyName), state.status() == ApprovalStatus.APPROVED
                ? "Approved on " + state.approvedOn() + " by the quorum; you may add your approval."
                : due(standing, "approve"), token, null);
    }

    /** The people who hold a role as active primary now, by the ledger and the people last seen. */
    private List<Email> activePrimaries(String roleId) {
        return storage.ledger().periods(roleId).stream()
                .filter(p -> p.open() && p.capacity() == Capacity.PRIMARY).map(AssignmentPeriod::person).distinct()
                .filter(person -> storage.people().find(person)
                        .filter(known -> known.isPresent() && known.person().isActiveHolder()).isPresent())
                .toList();
    }

    /**
     * The active holders of a role as the page names them, from the ledger: one lookup per holder, for
     * the first {@value #HOLDERS_LOOKED_UP} (a role held through a group of thousands names five and
     * counts the rest, which are then counted without checking that each is still active).
     */
    private RoleHolders fromLedger() {
        return roleId -> {
            Map<String, RoleHolders.RoleHolder> holders = new LinkedHashMap<>();
            List<AssignmentPeriod> open = storage.ledger().periods(roleId).stream().filter(AssignmentPeriod::open)
                    .sorted(Comparator.comparing(AssignmentPeriod::capacity).thenComparing(AssignmentPeriod::from)
                            .thenComparing(p -> p.person().value())).toList();
            for (AssignmentPeriod period : open) {
                String key = period.person().value() + "|" + period.capacity();
                if (holders.containsKey(key)) {
                    continue;
                }
                if (holders.size() >= HOLDERS_LOOKED_UP) {
                    holders.put(key, new RoleHolders.RoleHolder(period.person(), period.person().value(),
                            period.capacity()));
                    continue;
                }
                storage.people().find(period.person())
                        .filter(known -> known.isPresent() && known.person().isActiveHolder())
                        .ifPresent(known -> holders.put(key, new RoleHolders.RoleHolder(period.person(),
                                known.person().label(), period.capacity())));
            }
            return List.copyOf(holders.values());
        };
    }

    private static final int HOLDERS_LOOKED_UP = 100;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * @param acceptancesOfVersion acceptances of the link's duties version kept so far
     * @param handing              the handover the link asks the holder to accept, or null
     */
    record Holder(LinkClaims claims, ParsedCatalogue catalogue, Subject subject,
                          HolderAcknowledgement standing, int acceptancesOfVersion, DutiesView duties,
                          String acceptBy, String token, Handing handing) {
    }

    /** A handover as its page shows it: the leaver by name. */
    record Handing(Handover handover, String leaver) {

        String asked(LocalDate today, boolean questions) {
            boolean ahead = handover.effective().isAfter(today);
            return leaver + (ahead ? " leaves on " + handover.effective() : " has left") + ". You are asked to take "
                    + "this role over" + (ahead ? " from that day" : " now") + ": read its duties, "
                    + (questions ? "answer the questions " : "") + "and accept. From " + (ahead ? handover.effective() : "the next scan") + " you hold "
                    + "it as primary.";
        }
    }

    /** What a link asks to accept: a role's duties, a document of roles.yaml, or an approval of one. */
    record Subject(String id, String name, List<Question> questions, Kind kind) {

        /** What the page asks, in its words. */
        enum Kind {
            DUTIES("accept", "accepted", "Accepted"),
            DOCUMENT("acknowledge", "acknowledged", "Acknowledged"),
            APPROVAL("approve", "approved", "Approved");

            final String verb;
            final String done;
            final String title;

            Kind(String verb, String done, String title) {
                this.verb = verb;
                this.done = done;
                this.title = title;
            }
        }

        static Subject of(Role role) {
            return new Subject(role.id(), role.name(), role.questions(), Kind.DUTIES);
        }

        static Subject of(Document document) {
            return new Subject(document.acknowledgementId(), document.title(), List.of(), Kind.DOCUMENT);
        }

        static Subject of(Approval approval) {
            return new Subject(approval.recordId(), approval.title(), List.of(), Kind.APPROVAL);
        }

        /** "accepted these duties", "acknowledged this document", "approved this version". */
        String acceptedThis() {
            return switch (kind) {
                case DUTIES -> "accepted these duties";
                case DOCUMENT -> "acknowledged this document";
                case APPROVAL -> "approved this version";
            };
        }

        /** "accepted the duties of ISMS Manager", "acknowledged Information security policy". */
        String accepted() {
            return kind == Kind.DUTIES ? "accepted the duties of " + name : kind.done + " " + name;
        }
    }

    /** A page that answers a link which cannot be used, thrown out of the checks that find it. */
    static final class PageRefusal extends Exception {
        private final transient AcknowledgementPage page;

        PageRefusal(AcknowledgementPage page) {
            super(page.title(), null, false, false);
            this.page = page;
        }

        AcknowledgementPage page() {
            return page;
        }
    }
}
