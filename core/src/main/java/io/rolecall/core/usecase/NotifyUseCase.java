package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.AcknowledgementRenderer;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.DutiesView;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.acknowledge.HolderNotice;
import io.rolecall.core.acknowledge.HolderState;
import io.rolecall.core.acknowledge.LinkClaims;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.acknowledge.RoleHolders;
import io.rolecall.core.calendar.IsmsCalendar;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.catalogue.Document;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.NameList;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.model.Person;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.port.ReportArchive.ArchivedReport;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.ChannelMessages;
import io.rolecall.core.report.MimeEmail;
import io.rolecall.core.report.Subjects;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells holders their duties and asks them to accept: one email per person with every role they
 * are owed a first notice or a reminder for today, each with its own link. Each email goes out once
 * however often this runs and even when two runs overlap: its key (the person, the day and what it
 * asks) is claimed first, the email sent, the asks recorded, and the key marked sent. A run that dies
 * between sending and recording leaves a claim that expires, and a later run sends again: a second
 * copy is the one risk, never a missing notice.
 */
public final class NotifyUseCase {

    /** A link works this much longer than the time to accept: late holders still get in with their email. */
    static final int LINK_GRACE_DAYS = 30;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");

    private final Storage storage;
    private final ReportLog sentEmails;
    private final Mailer mailer;
    private final AcknowledgementRenderer renderer;
    private final LinkSigner signer;
    private final PublicUrl publicUrl;
    private final AsOfRules asOfRules;
    private final Duration lease;
    private final Deliveries deliveries;

    /** @param lease how long a claim on an email holds: longer than sending one takes */
    public NotifyUseCase(Storage storage, ReportLog sentEmails, Mailer mailer, LinkSigner signer, PublicUrl publicUrl,
                         AsOfRules asOfRules, Duration lease) {
        this(storage, sentEmails, mailer, signer, publicUrl, asOfRules, lease, Deliveries.NONE);
    }

    /**
     * @param deliveries the channels beside email that roles.yaml's {@code delivery:} may send holders'
     *                   notices to as well (Slack direct messages); the email always goes out first
     */
    public NotifyUseCase(Storage storage, ReportLog sentEmails, Mailer mailer, LinkSigner signer, PublicUrl publicUrl,
                         AsOfRules asOfRules, Duration lease, Deliveries deliveries) {
        this.deliveries = deliveries;
        this.storage = storage;
        this.sentEmails = sentEmails;
        this.mailer = mailer;
        this.renderer = new AcknowledgementRenderer();
        this.signer = signer;
        this.publicUrl = publicUrl;
        this.asOfRules = asOfRules;
        this.lease = lease;
    }

    /**
     * What a scheduled scan sends after it stored its result: what is due by the holders it computed,
     * or, after a scan that repeated the latest one without computing them, what is due by the store,
     * unless everything due that day already went out. A held scan sends nothing: its directory is
     * in doubt.
     */
    public Result afterScan(LocalDate asOf, ScanResult scan) {
        if (scan.held()) {
            return Result.NONE;
        }
        if (scan.holders() == null && sentEmails.find(dayKey(asOf)).filter(ReportLog.SentReport::sent).isPresent()) {
            return Result.NONE;
        }
        Result result = scan.holders() != null ? sendDue(asOf, scan.holders()) : sendDue(asOf);
        sentEmails.markSent(dayKey(asOf), asOfRules.clock().instant(), null, result.sent().size());
        return result;
    }

    /** Marks that every notice due on a day went out: the day's later quiet scans need not look again. */
    static String dayKey(LocalDate asOf) {
        return "notices-" + asOf;
    }

    /** Sends what is due on {@code asOf}, as the latest scan left the directory and roles.yaml. */
    public Result sendDue(LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this notice run");
        ScanRun latest = storage.runs().latest().orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so nobody is known to hold a role: run a scan first."));
        if (asOf.isBefore(latest.asOf())) {
            throw new AsOfRefusedException("these notices are dated " + asOf + " but the latest scan is dated "
                    + latest.asOf() + "; date them " + latest.asOf() + " or later.");
        }
        return sendDue(asOf, StoredState.holders(storage, StoredState.catalogueInEffect(storage, latest,
                storage.handovers().all()), asOf));
    }

    /** Sends what is due according to {@code holders}, as a scan of that day just computed it. */
    public Result sendDue(LocalDate asOf, HolderState holders) {
        Map<Email, List<HolderAcknowledgement>> byPerson = new LinkedHashMap<>();
        for (HolderAcknowledgement due : holders.plan().due()) {
            byPerson.computeIfAbsent(due.person(), p -> new ArrayList<>()).add(due);
        }
        Sending sending = new Sending(asOf, deliveries.start(holders.catalogue().delivery()),
                holders.catalogue().delivery().holderNoticeChannels());
        int handledElsewhere = 0;
        int notices = 0;
        int reminders = 0;
        for (Map.Entry<Email, List<HolderAcknowledgement>> person : byPerson.entrySet()) {
            List<HolderAcknowledgement> due = person.getValue();
            String key = key(person.getKey(), asOf, due);
            if (!sentEmails.claim(key, asOfRules.clock().instant(), lease)) {
                handledElsewhere++;
                continue;
            }
            boolean went = sending.send(key, notice(holders, person.getKey(), due, asOf, key), () ->
                    storage.acknowledgements().recordAsks(due.stream().map(d -> new Ask(d.person(), d.roleId(),
                            d.version(), asOf, d.nextAsk())).toList()));
            if (went && due.stream().allMatch(d -> d.nextAsk() == Ask.Kind.REMINDER)) {
                reminders++;
            } else if (went) {
                notices++;
            }
        }
        for (Handover handover : storage.handovers().all()) {
            if (handover.status() != Handover.Status.PROPOSED) {
                continue;
            }
            // Once per handover and version of the duties: the successor is asked once (again only when the
            // duties change, which voids the first link), and the weekly shows it until they answer.
            Optional<Role> role = holders.catalogue().role(handover.roleId());
            String key = "handover-" + handover.id() + role.map(r -> "-" + r.dutiesVersion()).orElse("");
            if (role.isEmpty() || !sentEmails.claim(key, asOfRules.clock().instant(), lease)) {
                continue;
            }
            if (sending.send(key, handoverNotice(holders, handover, role.get(), asOf, key), () -> { })) {
                notices++;
            }
        }
        if (!sending.failures.isEmpty()) {
            throw new NoticeDeliveryException(sending.failures.size() + " of " + byPerson.size() + " notices could "
                    + "not be sent (" + sending.failures.get(0) + "); the others were sent and recorded, and the next "
                    + "run tries again.", sending.sent);
        }
        if (!sending.notKept.isEmpty()) {
            throw new NoticeDeliveryException("every notice was sent and recorded, but the copies of "
                    + sending.notKept.size() + " could not be kept for the evidence pack (" + sending.notKept.get(0)
                    + ")", sending.sent);
        }
        return new Result(notices, reminders, handledElsewhere, sending.sent, sending.alsoOn.tallies());
    }

    /**
     * One notify run's sending: a claimed notice is sent, what it asked recorded, its key marked sent, a
     * copy kept for the evidence pack, and the message delivered on the channels beside email too. A
     * failed send releases its claim, for the next run.
     */
    private final class Sending {
        final List<SentEmail> sent = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<String> notKept = new ArrayList<>();
        final Deliveries.Run alsoOn;
        private final LocalDate asOf;
        private final List<String> noticeChannels;

        Sending(LocalDate asOf, Deliveries.Run alsoOn, List<String> noticeChannels) {
            this.asOf = asOf;
            this.alsoOn = alsoOn;
            this.noticeChannels = noticeChannels;
        }

        /** @param record what the notice asked, recorded once it went out; @return whether it went */
        boolean send(String key, HolderNotice notice, Runnable record) {
            OutgoingEmail email = renderer.render(notice);
            String deliveryId;
            try {
                deliveryId = mailer.send(email);
            } catch (RuntimeException e) {
                sentEmails.release(key);
                failures.add(withoutAddresses(e.getMessage()));
                return false;
            }
            record.run();
            Instant sentAt = asOfRules.clock().instant();
            sentEmails.markSent(key, sentAt, deliveryId, 1);
            sent.add(new SentEmail(email, deliveryId));
            noticeChannels.forEach(channel -> alsoOn.deliver(channel, ChannelMessages.holderNotice(notice)));
            try {
                keepCopy(email, notice, asOf, sentAt, deliveryId);
            } catch (RuntimeException e) {
                notKept.add(withoutAddresses(e.getMessage()));
            }
            return true;
        }
    }

    /**
     * Keeps the notice as it went out, for the evidence pack (what was communicated to whom),
     * with one change: each link is left out, because a link is the holder's credential to accept.
     */
    private void keepCopy(OutgoingEmail email, HolderNotice notice, LocalDate asOf, Instant sentAt,
                          String deliveryId) {
        String html = email.html();
        String text = email.text();
        String leftOut = publicUrl.link(LINK_LEFT_OUT);
        for (HolderNotice.RoleSection section : notice.roles()) {
            html = html.replace(section.link(), leftOut);
            text = text.replace(section.link(), leftOut);
        }
        OutgoingEmail kept = new OutgoingEmail(email.reference(), email.to(), email.subject(), html, text,
                email.attachments(), email.inline());
        byte[] message = MimeEmail.compose(kept, mailer.sender(), sentAt,
                "<" + email.reference() + "." + sentAt.toEpochMilli() + "@rolecall>");
        storage.sentReports().keep(ArchivedReport.of(email.reference(), asOf, sentAt, deliveryId, 1, message),
                message);
    }

    /** What stands for a link in a kept copy of a notice. */
    static final String LINK_LEFT_OUT = "link-left-out-of-the-kept-copy";

    /** "Internal audit (9.2), every 12 months: overdue since 2026-10-20 (41 days)", with the activity's reference. */
    private static List<String> ownActivities(IsmsCalendar calendar, String roleId) {
        return calendar.activities().stream().filter(state -> state.activity().ownerRole().equals(roleId))
                .map(state -> state.activity().name() + (state.activity().reference() == null ? ""
                        : " (" + state.activity().reference() + ")") + ", every " + state.activity().everyMonths()
                        + " months: " + state.when()).toList();
    }

    /** A mail service's error may name the recipient (SES's sandbox does); the message goes to logs. */
    static String withoutAddresses(String message) {
        return message == null ? "no reason given" : ADDRESS.matcher(message).replaceAll("(an address)");
    }

    /** The same person, day and asks give the same key: no email address in it, as keys reach logs. */
    private static String key(Email person, LocalDate asOf, List<HolderAcknowledgement> due) {
        return noticeKey(person, asOf, due.stream().map(d -> new Ask(d.person(), d.roleId(), d.version(), asOf,
                d.nextAsk())).toList());
    }

    /** The key of the notice that made these asks of one person on one day, as the evidence pack finds it. */
    static String noticeKey(Email person, LocalDate day, List<Ask> asks) {
        StringBuilder asked = new StringBuilder(person.value());
        asks.stream().map(a -> a.roleId() + ":" + a.version() + ":" + a.kind()).sorted()
                .forEach(a -> asked.append('|').append(a));
        return "notice-" + day + "-" + ContentHash.sha256Hex(asked.toString()).substring(0, 16);
    }

    private HolderNotice notice(HolderState holders, Email person, List<HolderAcknowledgement> due, LocalDate asOf,
                                String key) {
        RoleCatalogue catalogue = holders.catalogue();
        RoleHolders roleHolders = RoleHolders.from(holders.holdings());
        List<HolderNotice.RoleSection> sections = new ArrayList<>();
        List<String> names = new ArrayList<>();
        IsmsCalendar calendar = IsmsCalendar.of(catalogue, holders.holdings(), storage.calendar().records(), asOf);
        for (HolderAcknowledgement item : due) {
            Optional<Document> document = Document.idIn(item.roleId()).flatMap(catalogue::document);
            Optional<Approval> approval = Approval.idIn(item.roleId()).flatMap(catalogue::approval);
            Role role = document.isPresent() || approval.isPresent() ? null
                    : catalogue.role(item.roleId()).orElseThrow();
            int dueDays = document.map(Document::dueDays).or(() -> approval.map(Approval::dueDays))
                    .orElseGet(() -> role.acknowledgement().dueDays());
            LocalDate expires = issuedOn(asOf).plusDays(dueDays + LINK_GRACE_DAYS);
            String link = publicUrl.link(signer.issue(new LinkClaims(person, item.roleId(), item.version(), expires)));
            LocalDate acceptBy = item.dueOn() != null ? item.dueOn() : asOf.plusDays(dueDays);
            DutiesView duties = document.map(DutiesView::of)
                    .or(() -> approval.map(a -> DutiesView.of(a, catalogue.roleName(a.approversRole()))))
                    .orElseGet(() -> DutiesView.of(catalogue, role, person, roleHolders, Set.of()));
            sections.add(new HolderNotice.RoleSection(duties, link, acceptBy.toString(), expires.toString(),
                    item.nextAsk() == Ask.Kind.REMINDER, acceptBy.isBefore(asOf),
                    role == null ? List.of() : ownActivities(calendar, role.id())));
            names.add(duties.name());
        }
        boolean reminder = due.stream().allMatch(d -> d.nextAsk() == Ask.Kind.REMINDER);
        String organisation = Subjects.oneLine(catalogue.organisation());
        String what = HolderNotice.asking(sections);
        String subject = (reminder ? "Reminder: y" : "Y") + "our " + what + " at " + organisation + ": "
                + Subjects.oneLine(NameList.inWords(names));
        String name = holders.directory().find(person).map(Person::name).orElse(null);
        return new HolderNotice(key, person, subject, "Hello " + (name == null ? person.value() : name) + ",",
                catalogue.organisation(), reminder, sections, contact(holders));
    }

    /** Whom a notice says to ask: the compliance manager's active primaries by name. */
    private static String contact(HolderState holders) {
        String contact = NameList.inWords(holders.holdings().activePrimaries(holders.catalogue().reporting()
                .complianceManagerRole()).stream().map(Person::label).toList());
        return contact.isEmpty() ? "your compliance manager" : contact;
    }

    /**
     * The successor's notice: take the role over from the leaver on the handover's day, with the duties and a
     * link to the page that records it. The link names the handover, not the role, and works until the role's
     * time to accept has passed after that day.
     */
    private HolderNotice handoverNotice(HolderState holders, Handover handover, Role role, LocalDate asOf,
                                        String key) {
        RoleCatalogue catalogue = holders.catalogue();
        LocalDate acceptBy = handover.effective().isAfter(asOf) ? handover.effective()
                : asOf.plusDays(role.acknowledgement().dueDays());
        LocalDate fullTime = issuedOn(asOf).plusDays(role.acknowledgement().dueDays());
        LocalDate expires = (acceptBy.isAfter(fullTime) ? acceptBy : fullTime).plusDays(LINK_GRACE_DAYS);
        String link = publicUrl.link(signer.issue(new LinkClaims(handover.to(), handover.linkId(),
                role.dutiesVersion(), expires)));
        DutiesView duties = DutiesView.successor(catalogue, role, handover.to(), RoleHolders.from(holders.holdings()));
        String leaver = holders.directory().find(handover.from()).map(Person::label).orElse(handover.from().value());
        String leaverName = holders.directory().find(handover.from()).map(Person::name).filter(n -> !n.isBlank())
                .orElse(handover.from().value());
        String name = holders.directory().find(handover.to()).map(Person::name).orElse(null);
        String when = handover.effective().isAfter(asOf) ? "on " + handover.effective() : "now";
        String asked = leaver + (handover.effective().isAfter(asOf) ? " leaves on " + handover.effective()
                : " has left") + ", and you are the first backup of " + role.name() + ". Please take it over "
                + (handover.effective().isAfter(asOf) ? "from that day" : "now") + ": read its duties below and "
                + "accept them with the link. Once you accept, you hold it as primary from "
                + (handover.effective().isAfter(asOf) ? handover.effective() : "the next scan") + ".";
        return new HolderNotice(key, handover.to(), "Take over " + Subjects.oneLine(role.name()) + " from "
                + Subjects.oneLine(leaverName) + " " + when, "Hello " + (name == null ? handover.to().value() : name)
                + ",", catalogue.organisation(), false, List.of(new HolderNotice.RoleSection(duties, link,
                acceptBy.toString(), expires.toString(), false, false, List.of())),
                contact(holders), asked);
    }

    /**
     * The day a link's lifetime counts from: the day its notice is dated, or today by the clock when that
     * is later. A notice dated in the past (a replay of a company's history) still carries a link that
     * works for its whole time from when it is actually sent; a credential's life runs from when it is
     * issued.
     */
    private LocalDate issuedOn(LocalDate asOf) {
        LocalDate today = LocalDate.ofInstant(asOfRules.clock().instant(), ZoneOffset.UTC);
        return today.isAfter(asOf) ? today : asOf;
    }

    /** What a run did: first notices and reminders sent, and emails another run holds or sent. */
    public record Result(int notices, int reminders, int handledElsewhere, List<SentEmail> sent,
                         List<Deliveries.Tally> channels) {
        public static final Result NONE = new Result(0, 0, 0, List.of(), List.of());

        public Result {
            sent = List.copyOf(sent);
            channels = List.copyOf(channels);
        }
    }
}
