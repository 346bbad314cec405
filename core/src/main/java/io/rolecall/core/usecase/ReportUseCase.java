package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.port.OutgoingEmail;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.QuarterlyReport;
import io.rolecall.core.report.ReportInputs;
import io.rolecall.core.report.ReportPeriod;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.report.WeeklyReport;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Builds the weekly gap report or the quarterly posture report from the stored state of the latest
 * scan (its roles.yaml and directory), renders it and hands it to the mailer.
 */
public final class ReportUseCase {

    private final Storage storage;
    private final ReportRenderer renderer;
    private final Mailer mailer;

    public ReportUseCase(Storage storage, ReportRenderer renderer, Mailer mailer) {
        this.storage = storage;
        this.renderer = renderer;
        this.mailer = mailer;
    }

    public OutgoingEmail sendWeekly(LocalDate asOf) {
        OutgoingEmail email = renderer.render(WeeklyReport.build(inputs(asOf)));
        mailer.send(email);
        return email;
    }

    public OutgoingEmail sendQuarterly(LocalDate asOf) {
        ReportPeriod period = ReportPeriod.quarterBefore(asOf);
        Optional<ScanRun> previous = storage.runs().latestOnOrBefore(period.from().minusDays(1));
        OutgoingEmail email = renderer.render(QuarterlyReport.build(inputs(asOf),
                previous.map(ScanRun::metrics).orElse(null), previous.map(ScanRun::asOf).orElse(null)));
        mailer.send(email);
        return email;
    }

    private ReportInputs inputs(LocalDate asOf) {
        ScanRun latest = storage.runs().latest().orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so there is nothing to report: run a scan first."));
        CatalogueSource source = storage.runs().catalogue(latest.catalogueSha256())
                .orElseThrow(() -> new IllegalStateException("the store lost the roles.yaml of run "
                        + latest.runId() + " (sha256 " + latest.catalogueSha256() + ")"));
        RoleCatalogue catalogue = source.parse();
        KnownPeople known = storage.people().knownPeople();
        DirectorySnapshot directory = DirectorySnapshot.of(known.all().stream()
                .filter(KnownPerson::isPresent).map(KnownPerson::person)
                .sorted(Comparator.comparing(Person::email)).toList());
        RoleHoldings holdings = RoleHoldings.resolve(catalogue, directory, known);
        return new ReportInputs(catalogue, directory, holdings, storage.findings().findings(), asOf);
    }
}
