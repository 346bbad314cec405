package io.rolecall.core.model;

import java.util.Locale;

/**
 * Text from a directory or a file, made safe to quote in a message: control and invisible characters
 * (an escape sequence, a zero-width space, a right-to-left override) are shown as U+XXXX instead of
 * acting on the terminal or hiding in plain sight.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                out.append(String.format(Locale.ROOT, "U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Control characters (C0, DEL, C1) and format characters such as U+200B and U+202E. */
    public static boolean isHidden(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
