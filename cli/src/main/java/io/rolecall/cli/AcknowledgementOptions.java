package io.rolecall.cli;

import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that make or serve acceptance links: where links point, and which roles.yaml. */
final class AcknowledgementOptions {

    @Option(names = "--public-url", paramLabel = "URL", required = true,
            description = "The address links start with, as holders reach this server: links are URL/ack/TOKEN. "
                    + "For example https://roles.acme.example, or http://127.0.0.1:8080 to try it locally.")
    String publicUrl;

    @Option(names = "--roles", paramLabel = "FILE",
            description = "The roles.yaml to use; it must be the one the latest scan checked (the default), so that "
                    + "holders accept the duties the scan found them holding.")
    Path roles;

    PublicUrl publicUrl() {
        try {
            return PublicUrl.of(publicUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--public-url: " + e.getMessage());
        }
    }

    /** Refuses a --roles file other than the latest scan's roles.yaml, saying how to make it the latest's. */
    void checkRoles(Storage storage) {
        if (roles == null) {
            return;
        }
        CatalogueSource given = RolesFiles.read(roles);
        storage.runs().latest().map(ScanRun::catalogueSha256).filter(sha -> !sha.equals(given.sha256()))
                .ifPresent(sha -> {
                    throw new InvalidInputException("--roles " + roles + " is not the roles.yaml of the latest scan; "
                            + "holders must accept the duties the scan found them holding. Run 'rolecall scan --roles "
                            + roles + " ...' first, or leave --roles out to use the latest scan's roles.yaml");
                });
    }
}
