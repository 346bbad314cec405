package io.rolecall.cli;

import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.usecase.NothingScannedException;
import io.rolecall.infra.local.LocalStateException;
import io.rolecall.infra.local.LocalStorage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the acceptance pages that notices link to, from the local state, until stopped "
                + "(Ctrl-C or SIGTERM). Scans, notices and reports keep working while it runs.",
                "It speaks plain HTTP: to serve people beyond this machine, put it behind a TLS proxy and give the "
                        + "proxy's address as --public-url."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--state", paramLabel = "DIR", defaultValue = ".rolecall",
            description = "Folder of the local state. Default: ${DEFAULT-VALUE}")
    Path state;

    @Mixin
    AcknowledgementOptions links;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
    String bind;

    @Option(names = "--port", paramLabel = "N", required = true,
            description = "The port to listen on; 0 picks a free one and prints it.")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException("--port must be from 0 to 65535, not " + port);
        }
        PublicUrl publicUrl = links.publicUrl();
        if (!LocalStorage.holdsState(state)) {
            throw new NothingScannedException("there is no RoleCall state in " + state + " yet: run 'rolecall scan' "
                    + "and 'rolecall notify' first");
        }
        LocalStorage storage = LocalStorage.openForRecording(state);
        try {
            links.checkRoles(storage.storage());
            // Found now, not when a holder's acceptance must be kept and cannot be.
            storage.checkWritable();
        } catch (LocalStateException e) {
            storage.close();
            throw new InvalidInputException("cannot serve the acceptance pages: " + e.getMessage());
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        AcknowledgementServer server = AcknowledgementServer.start(storage, state, publicUrl, bind, port,
                spec.commandLine().getErr());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "rolecall-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving acceptance pages from " + state + " on http://" + bind + ":" + server.port()
                + "/ack/... for links that start with " + publicUrl.base() + "/ack/. Stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return RoleCallCommand.EXIT_OK;
    }
}
