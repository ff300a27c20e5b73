package io.poerules.extract;

import java.time.Instant;
import java.util.List;

/**
 * The headers of an email message, from Tika's metadata.
 *
 * @param from    the sender, as written ({@code "Jane Doe <jane@contoso.com>"})
 * @param to      recipients
 * @param cc      copied recipients
 * @param sent    when it was sent, or {@code null}
 * @param subject the subject, or {@code null}
 */
public record EmailHeaders(String from, List<String> to, List<String> cc, Instant sent, String subject) {
    public EmailHeaders {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
