package io.rolecall.cli;

import io.rolecall.core.model.VisibleText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command prints passes through here: directory strings reach the terminal in finding
 * messages and errors, and a name holding an escape sequence, a carriage return or a right-to-left
 * override could otherwise clear the screen, hide a line or disguise text. Control and invisible
 * characters are dropped; line feeds and tabs stay.
 */
final class TerminalWriter extends FilterWriter {

    TerminalWriter(Writer out) {
        super(out);
    }

    static boolean isSafe(char c) {
        return c == '\n' || c == '\t' || !VisibleText.isHidden(c);
    }

    @Override
    public void write(int c) throws IOException {
        if (isSafe((char) c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (!isSafe(buffer[i])) {
                out.write(buffer, start, i - start);
                start = i + 1;
            }
        }
        out.write(buffer, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
