package io.rolecall.core.acknowledge;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.rolecall.core.model.OutgoingEmail;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * Renders holders' notices (HTML and text) and the acceptance pages from Mustache templates. The
 * HTML templates escape every value: a name or a duty from roles.yaml or the directory arrives as text.
 */
public final class AcknowledgementRenderer {

    private static final String TEMPLATES = "io/rolecall/core/acknowledge";

    private final Mustache noticeHtml;
    private final Mustache noticeText;
    private final Mustache page;

    public AcknowledgementRenderer() {
        MustacheFactory html = new DefaultMustacheFactory(TEMPLATES);
        MustacheFactory text = new DefaultMustacheFactory(TEMPLATES) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        noticeHtml = html.compile("notice.html.mustache");
        noticeText = text.compile("notice.txt.mustache");
        page = html.compile("page.html.mustache");
    }

    public OutgoingEmail render(HolderNotice notice) {
        return new OutgoingEmail(notice.reference(), List.of(notice.to()), notice.subject(),
                execute(noticeHtml, notice), execute(noticeText, notice));
    }

    public String render(AcknowledgementPage view) {
        return execute(page, view);
    }

    private static String execute(Mustache template, Object scope) {
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
