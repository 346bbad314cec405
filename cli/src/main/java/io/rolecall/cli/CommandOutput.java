package io.rolecall.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command prints as its result. Text for people goes through {@link TerminalWriter}, which
 * drops control and invisible characters that directory strings could carry; a machine format (JSON,
 * CSV, iCalendar, the RACI as Markdown, CSV or HTML) goes out byte for byte, because a program reads
 * it, and an iCalendar feed without its carriage returns is not one (RFC 5545 ends lines with CRLF).
 */
final class CommandOutput {

    private CommandOutput() {
    }

    /** Prints text for people, through the terminal filter. */
    static void text(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    /** Prints a machine format exactly. */
    static void machine(CommandSpec spec, String content) {
        PrintWriter out = ((RoleCallCommand) spec.root().userObject()).machineOut();
        // What the filtered writer printed before comes first: both write into the same stream.
        spec.commandLine().getOut().flush();
        out.print(content);
        out.flush();
    }

    /** Prints {@code content} exactly when {@code machine}, else as text for people. */
    static void print(CommandSpec spec, String content, boolean machine) {
        if (machine) {
            machine(spec, content);
        } else {
            text(spec, content);
        }
    }
}
