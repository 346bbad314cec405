package io.rolecall.cli;

import java.io.StringWriter;
import java.util.Map;

/** Runs the rolecall command in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        return runWith(Map.of(), args);
    }

    /** With these environment variables instead of the real ones. */
    static Cli runWith(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RoleCallCommand.commandLine(environment, out, err, args).execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
