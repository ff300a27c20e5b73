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
 * @param sentAsWritten the date header as written when it could not be read as a time ("Sent: Thursday, July 9,
 *                      2026 4:05 PM" of an Outlook message saved as text), or {@code null}
 */
public record EmailHeaders(String from, List<String> to, List<String> cc, Instant sent, String subject,
                           String sentAsWritten) {
    public EmailHeaders {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** Headers whose date, if any, was read. */
    public EmailHeaders(String from, List<String> to, List<String> cc, Instant sent, String subject) {
        this(from, to, cc, sent, subject, null);
    }
}
