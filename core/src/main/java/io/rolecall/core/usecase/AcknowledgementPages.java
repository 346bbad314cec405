package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.AcknowledgementPage;
import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.Attempt;
import io.rolecall.core.acknowledge.FormPost;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.acknowledge.LinkClaims;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.Question;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.model.VisibleText;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.usecase.LinkHolders.Holder;
import io.rolecall.core.usecase.LinkHolders.PageRefusal;
import io.rolecall.core.usecase.LinkHolders.Subject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The acceptance page behind each link: {@link #show} only shows (mail scanners open links before
 * people do), and only {@link #submit}, a POST of the page's own form, records anything. Every
 * answer is checked against the latest scan's roles.yaml and directory: a link for duties that
 * changed, for a role the person no longer holds, or past its expiry records nothing.
 */
public final class AcknowledgementPages {

    /** What a browser may send in User-Agent that is kept as evidence; the rest is cut. */
    private static final int USER_AGENT_KEPT = 256;
    /**
     * Wrong submissions kept per holder, duties version and hour; more are refused (429) and not kept,
     * so that whoever holds a link cannot fill the disk, nor keep the state's writers busy.
     */
    public static final int WRONG_ATTEMPTS_PER_HOUR = 10;

    private final Storage storage;
    private final LinkSigner signer;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final LinkHolders links;
    /** The latest roles.yaml parsed, by its hash: parsing it again for every page would cost more than the page. */
    private volatile ParsedCatalogue parsed;
    private final AtomicLong attemptsRefused = new AtomicLong();

    /** @param clock the real clock: acceptances are evidence, dated when they happen */
    public AcknowledgementPages(Storage storage, LinkSigner signer, PublicUrl publicUrl, Clock clock) {
        this.storage = storage;
        this.signer = signer;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.links = new LinkHolders(storage, clock);
    }

    record ParsedCatalogue(String sha256, CatalogueSource source, RoleCatalogue catalogue) {
    }

    /** The page a link shows; it records nothing. */
    public AcknowledgementPage show(String token) {
        Holder holder;
        try {
            holder = holder(token);
        } catch (PageRefusal refusal) {
            return refusal.page();
        }
        if (holder.standing().status() == AcknowledgementStatus.ACCEPTED) {
            return accepted(holder, holder.handing() != null ? "You took " + holder.subject().name() + " over on "
                    + day(holder.standing()) + ". Nothing more to do." : "You " + holder.subject().acceptedThis()
                    + " on " + day(holder.standing()) + ". Nothing more to do.");
        }
        return form(holder, 200, holder.handing() == null ? null
                : holder.handing().asked(today(), !holder.subject().questions().isEmpty()), "info", Map.of(),
                Set.of(), false);
    }

    /** Records an acceptance when every answer is right and the holder ticked their consent. */
    public AcknowledgementPage submit(String token, FormPost post) {
        Holder holder;
        try {
            holder = holder(token);
        } catch (PageRefusal refusal) {
            return refusal.page();
        }
        if (crossOrigin(post) || !signer.isFormToken(token, post.field("form"))) {
            return AcknowledgementPage.problem(403, "Not accepted", "This form can only be sent from its own page. "
                    + "Open the link from your notice email and accept there.");
        }
        if (holder.standing().status() == AcknowledgementStatus.ACCEPTED) {
            return accepted(holder, "You " + holder.subject().acceptedThis() + " on " + day(holder.standing())
                    + " already; nothing new was recorded.");
        }
        List<Question> questions = holder.subject().questions();
        List<String> answers = new ArrayList<>();
        List<Integer> wrong = new ArrayList<>();
        Map<Integer, Integer> right = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            Integer chosen = option(post.field("q" + q), questions.get(q).options().size());
            answers.add(chosen == null ? "" : questions.get(q).options().get(chosen));
            if (chosen == null || chosen != questions.get(q).answerIndex()) {
                wrong.add(q + 1);
            } else {
                right.put(q, chosen);
            }
        }
        boolean consented = "yes".equals(post.field("accept"));
        String userAgent = userAgent(post.userAgent());
        if (!wrong.isEmpty()) {
            if (!storage.acknowledgements().recordAttempt(new Attempt(holder.claims().person(), holder.subject().id(),
                    holder.claims().version(), clock.instant(), answers, wrong, userAgent), WRONG_ATTEMPTS_PER_HOUR)) {
                attemptsRefused.incrementAndGet();
                return AcknowledgementPage.problem(429, "Too many tries", "This link was used for "
                        + WRONG_ATTEMPTS_PER_HOUR + " wrong answers within the hour, so no more are taken until "
                        + nextHour() + " UTC. Read the duties again in the meantime; if you did not send these "
                        + "answers, tell your compliance manager.");
            }
            String questionsToRead = AcknowledgementPage.readAgainText(wrong);
            // The right answers and the consent stay as given: only the wrong questions are to be answered again.
            return form(holder, 200, "Not accepted yet: your " + (wrong.size() == 1 ? "answer" : "answers") + " to "
                    + questionsToRead + (wrong.size() == 1 ? " was" : " were") + " not right. Read the duties again, "
                    + "then answer " + (wrong.size() == 1 ? "it" : "them") + " again.", "problem", right,
                    Set.copyOf(wrong), consented);
        }
        if (!consented) {
            return form(holder, 200, "Not " + holder.subject().kind().done + " yet: tick \u201c"
                    + AcknowledgementPage.consentText(holder.duties()) + "\u201d to " + holder.subject().kind().verb
                    + (holder.subject().kind() == Subject.Kind.DUTIES ? " them." : " it."), "problem", right, Set.of(),
                    false);
        }
        // Two posts of one form (a double click, a retried request) carry the same number: one is kept, and
        // both are answered alike.
        int sequence = holder.acceptancesOfVersion() + 1;
        storage.acknowledgements().recordAcceptance(new Acceptance(holder.claims().person(), holder.subject().id(),
                holder.claims().version(), sequence, holder.catalogue().sha256(), holder.catalogue().source().name(),
                clock.instant(), answers, holder.standing().failedAttempts(), userAgent));
        if (holder.handing() != null) {
            return takeOver(holder);
        }
        return new AcknowledgementPage(200, holder.subject().kind().title + ": " + holder.subject().name(),
                holder.catalogue().catalogue().organisation(),
                "Thank you: you " + holder.subject().accepted() + " on " + today()
                        + ". RoleCall keeps this as evidence; nothing more to do.", "success", holder.duties(),
                false, null, List.of(), null, List.of(), false);
    }

    /**
     * Records the handover as accepted, after the acceptance of the duties (kept first: a post sent again
     * then finds the handover still open and completes it). Of this page and a cancel sent at once, one wins.
     */
    private AcknowledgementPage takeOver(Holder holder) {
        Handover handover = holder.handing().handover();
        Handover accepted = handover.accepted(holder.claims().version(), clock.instant());
        if (!storage.handovers().transition(accepted, Handover.Status.PROPOSED)) {
            Handover now = storage.handovers().find(handover.id()).orElse(handover);
            if (now.status() == Handover.Status.CANCELLED) {
                return AcknowledgementPage.problem(410, "Handover called off", "The compliance manager called this "
                        + "handover off just now, so it was not recorded; your acceptance of the duties was kept.");
            }
        }
        return new AcknowledgementPage(200, "Taken over: " + holder.subject().name(),
                holder.catalogue().catalogue().organisation(), "Thank you: you accepted the duties of "
                + holder.subject().name() + " and take it over from " + holder.handing().leaver() + " on "
                + handover.effective() + ". RoleCall keeps this as evidence; from that day you hold it as primary.",
                "success", holder.duties(), false, null, List.of(), null, List.of(), false);
    }

    /** Wrong answers over {@link #WRONG_ATTEMPTS_PER_HOUR} refused since these pages started. */
    public long attemptsRefused() {
        return attemptsRefused.get();
    }

    private String nextHour() {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC)
                .format(clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS));
    }

    /**
     * A post from another site: Sec-Fetch-Site names the relation when the browser sends it, and an
     * Origin other than the page's own ("null" is the page's own under Referrer-Policy no-referrer).
     */
    private boolean crossOrigin(FormPost post) {
        if (post.fetchSite() != null && !post.fetchSite().equals("same-origin")) {
            return true;
        }
        return post.origin() != null && !post.origin().equals("null") && !post.origin().equals(publicUrl.origin());
    }

    private static Integer option(String value, int options) {
        if (value == null || value.length() > 2) {
            return null;
        }
        try {
            int index = Integer.parseInt(value);
            return index >= 0 && index < options ? index : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String userAgent(String header) {
        if (header == null) {
            return null;
        }
        String visible = VisibleText.of(header);
        return visible.length() <= USER_AGENT_KEPT ? visible : visible.substring(0, USER_AGENT_KEPT);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String day(HolderAcknowledgement standing) {
        return LocalDate.ofInstant(standing.acceptedAt(), ZoneOffset.UTC).toString();
    }

    /**
     * Everything a page needs to know about the holder behind a link, or the page that says why there is none:
     * a link this signer issued, not expired, checked against the latest scan.
     */
    private Holder holder(String token) throws PageRefusal {
        LinkClaims claims = signer.open(token).orElseThrow(() -> new PageRefusal(AcknowledgementPage.problem(404,
                "Link not valid", "This link is not valid. Open it from your notice email exactly as it came "
                        + "(some mail programs cut long links); if it still fails, ask your compliance manager "
                        + "for a new notice.")));
        if (!claims.validOn(today())) {
            throw new PageRefusal(AcknowledgementPage.problem(410, "Link expired", "This link expired on "
                    + claims.expiresOn() + ". A reminder with a new link comes by email while the duties are "
                    + "still to be accepted; your compliance manager can also send one."));
        }
        ScanRun latest = storage.runs().latest().orElseThrow(() -> new PageRefusal(AcknowledgementPage.problem(503,
                "Not available yet", "RoleCall has no records to check this link against yet; try again later.")));
        ParsedCatalogue catalogue = catalogue(latest);
        return links.behind(claims, catalogue, token);
    }

    private ParsedCatalogue catalogue(ScanRun latest) {
        ParsedCatalogue current = parsed;
        if (current == null || !current.sha256().equals(latest.catalogueSha256())) {
            CatalogueSource source = storage.runs().catalogue(latest.catalogueSha256()).orElseThrow(() ->
                    new IllegalStateException("the store lost the roles.yaml of run " + latest.runId()));
            current = new ParsedCatalogue(latest.catalogueSha256(), source, source.parse());
            parsed = current;
        }
        return current;
    }

    /**
     * The page with its form.
     *
     * @param chosen    the option chosen for each question (by its index) that stays chosen
     * @param wrong     the 1-based numbers of the questions answered wrongly
     * @param consented whether the consent box stays ticked
     */
    private AcknowledgementPage form(Holder holder, int status, String message, String tone,
                                     Map<Integer, Integer> chosen, Set<Integer> wrong, boolean consented) {
        List<AcknowledgementPage.FormQuestion> questions = new ArrayList<>();
        List<Question> asked = holder.subject().questions();
        for (int q = 0; q < asked.size(); q++) {
            Question question = asked.get(q);
            String name = "q" + q;
            int index = q;
            List<AcknowledgementPage.FormQuestion.FormOption> options = new ArrayList<>();
            for (int o : optionOrder(holder.claims(), q, question.options().size())) {
                options.add(new AcknowledgementPage.FormQuestion.FormOption(name, o, question.options().get(o),
                        Integer.valueOf(o).equals(chosen.get(index))));
            }
            questions.add(new AcknowledgementPage.FormQuestion(q + 1, question.question(), wrong.contains(q + 1),
                    options));
        }
        return new AcknowledgementPage(status, holder.subject().name() + (holder.handing() != null ? ": take over"
                : holder.subject().kind() == Subject.Kind.DUTIES ? ": your duties" : ": to " + holder.subject().kind().verb),
                holder.catalogue().catalogue().organisation(), message, tone, holder.duties(), true,
                signer.formToken(holder.token()), List.copyOf(new java.util.TreeSet<>(wrong)), holder.acceptBy(),
                questions, consented);
    }

    /**
     * The order a link shows a question's options in: the same every time that link is opened, and
     * another for another holder, role or version of the duties, so that the right answer is not in
     * one place for everyone (in the file, authors tend to write it first).
     */
    static List<Integer> optionOrder(LinkClaims claims, int question, int options) {
        byte[] seed = ContentHash.sha256().digest((claims.person().value() + "|" + claims.roleId() + "|"
                + claims.version() + "|" + question).getBytes(StandardCharsets.UTF_8));
        List<Integer> order = new ArrayList<>(IntStream.range(0, options).boxed().toList());
        Collections.shuffle(order, new Random(ByteBuffer.wrap(seed).getLong()));
        return order;
    }

    private static AcknowledgementPage accepted(Holder holder, String message) {
        return new AcknowledgementPage(200, holder.subject().name() + ": " + holder.subject().kind().done,
                holder.catalogue().catalogue().organisation(), message, "success", holder.duties(), false, null, List.of(),
                null, List.of(), false);
    }

}
