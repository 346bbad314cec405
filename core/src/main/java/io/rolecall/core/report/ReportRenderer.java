package io.rolecall.core.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.OutgoingEmail;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders reports as HTML and plain text from Mustache templates. HTML templates escape every
 * value, so a directory name such as {@code <img src=x onerror=alert(1)>} arrives as text.
 */
public final class ReportRenderer {

    private static final String TEMPLATES = "io/rolecall/core/report";

    private final Mustache weeklyHtml;
    private final Mustache weeklyText;
    private final Mustache quarterlyHtml;
    private final Mustache quarterlyText;
    private final Mustache raciHtml;
    private final Mustache noticeHtml;
    private final Mustache noticeText;
    private final Mustache evidenceIndex;

    private final ChartPainter charts;
    private final PdfPrinter pdf;

    /** Without charts or PDF: the quarterly carries its trend numbers as a table only. */
    public ReportRenderer() {
        this(null, null);
    }

    /** With charts, without the PDF. */
    public ReportRenderer(ChartPainter charts) {
        this(charts, null);
    }

    /**
     * @param charts draws the quarterly's trend charts, or null to leave them out
     * @param pdf    prints the quarterly as the PDF board pack attached to it, or null for none
     */
    public ReportRenderer(ChartPainter charts, PdfPrinter pdf) {
        this.charts = charts;
        this.pdf = pdf;
        MustacheFactory html = new DefaultMustacheFactory(TEMPLATES);
        MustacheFactory text = new PlainTextMustacheFactory();
        weeklyHtml = html.compile("weekly.html.mustache");
        weeklyText = text.compile("weekly.txt.mustache");
        quarterlyHtml = html.compile("quarterly.html.mustache");
        quarterlyText = text.compile("quarterly.txt.mustache");
        raciHtml = html.compile("raci-page.html.mustache");
        noticeHtml = html.compile("notice.html.mustache");
        noticeText = text.compile("notice.txt.mustache");
        evidenceIndex = html.compile("evidence-index.html.mustache");
    }

    /** index.html of an evidence pack, every value escaped. */
    public String renderHtml(io.rolecall.core.evidence.EvidenceIndex index) {
        return execute(evidenceIndex, index);
    }

    /** The weekly report; when a section is cut, with every open gap attached as CSV. */
    public OutgoingEmail render(WeeklyReport report) {
        List<OutgoingEmail.Attachment> attachments = new ArrayList<>();
        if (report.gapsCut()) {
            List<FindingLine> gaps = new ArrayList<>(report.overdueGaps());
            gaps.addAll(report.newThisWeek());
            gaps.addAll(report.stillOpen());
            attachments.add(gapsCsv(report.gapsFile(), gaps));
        }
        return new OutgoingEmail("weekly-" + report.period().key(), report.audience().to(), report.subject(),
                execute(weeklyHtml, report), execute(weeklyText, report), attachments);
    }

    /**
     * The quarterly report, with its trend charts as inline images (when there are two quarters to
     * compare and a painter) and the RACI matrix attached as CSV for whoever keeps the ISMS documents.
     */
    public OutgoingEmail render(QuarterlyReport report) {
        String reference = "quarterly-" + report.period().key();
        QuarterlyHtml page = quarterlyPage(report);
        List<OutgoingEmail.Attachment> attachments = new ArrayList<>();
        if (pdf != null) {
            attachments.add(new OutgoingEmail.Attachment(reference + ".pdf", "application/pdf", boardPack(report,
                    page)));
        }
        attachments.add(new OutgoingEmail.Attachment("raci-matrix-" + report.period().key() + ".csv", "text/csv",
                RaciCsv.render(report.raci()).getBytes(StandardCharsets.UTF_8)));
        // Top management reads every gap in words; whoever follows them up needs each one's id and kind.
        attachments.add(gapsCsv("open-gaps-" + report.period().key() + ".csv", report.openGaps()));
        return new OutgoingEmail(reference, report.audience().to(), report.subject(), page.html(),
                execute(quarterlyText, report, page.extras()), attachments, page.images());
    }

    /** Every gap with its id and kind, for the compliance manager's follow-up; cells escaped against formulas. */
    private static OutgoingEmail.Attachment gapsCsv(String fileName, List<FindingLine> gaps) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("finding id", "severity", "kind", "role", "person", "gap", "fix", "who acts", "opened",
                "due", "overdue", "clauses"));
        gaps.forEach(f -> rows.add(java.util.Arrays.asList(f.id(), f.severity(), f.kind(), f.roleId(), f.person(),
                f.message(), f.remediation(), f.whoActs(), Objects.toString(f.openedOn(), null),
                Objects.toString(f.dueDate(), null), f.overdue() ? "yes" : "no", f.referencesText())));
        return new OutgoingEmail.Attachment(fileName, "text/csv", CsvTable.render(rows).getBytes(StandardCharsets.UTF_8));
    }

    /** The quarterly as the PDF board pack alone, as 'rolecall report quarterly --format pdf' writes it. */
    public byte[] renderPdf(QuarterlyReport report) {
        if (pdf == null) {
            throw new IllegalStateException("this renderer prints no PDF");
        }
        return boardPack(report, quarterlyPage(report));
    }

    /** The quarterly's HTML, the charts it shows by cid:, and the template scope that names them. */
    private record QuarterlyHtml(String html, List<OutgoingEmail.Inline> images, Map<String, Object> extras) {
    }

    private QuarterlyHtml quarterlyPage(QuarterlyReport report) {
        List<TrendChart> drawn = charts == null || !report.hasTrends() ? List.of()
                : TrendCharts.of(report.trends(), report.period().key());
        List<OutgoingEmail.Inline> images = drawn.stream()
                .map(chart -> new OutgoingEmail.Inline(chart.contentId(), "image/png", charts.png(chart))).toList();
        Map<String, Object> extras = Map.of("charts", drawn);
        return new QuarterlyHtml(execute(quarterlyHtml, report, extras), images, extras);
    }

    private byte[] boardPack(QuarterlyReport report, QuarterlyHtml page) {
        Map<String, byte[]> byId = new java.util.LinkedHashMap<>();
        page.images().forEach(image -> byId.put(image.contentId(), image.content()));
        return pdf.pdf(page.html(), "ISMS roles posture report: " + report.organisation(), report.period().name()
                + ", as of " + report.asOf() + ". For top management" + (report.citations().reports() == null ? ""
                : ", as evidence for " + report.citations().reports()) + ".", byId);
    }

    public OutgoingEmail render(Notice notice, List<Email> to) {
        return new OutgoingEmail(notice.reference(), to, notice.subject(), execute(noticeHtml, notice),
                execute(noticeText, notice));
    }

    /** A standalone HTML page of the RACI matrix. */
    public String renderHtml(RaciMatrix matrix) {
        return execute(raciHtml, matrix);
    }

    private static String execute(Mustache template, Object... scopes) {
        StringWriter out = new StringWriter();
        template.execute(out, scopes);
        return out.toString();
    }

    /** Plain-text bodies must show names exactly as written, so nothing is escaped. */
    private static final class PlainTextMustacheFactory extends DefaultMustacheFactory {
        PlainTextMustacheFactory() {
            super(TEMPLATES);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
