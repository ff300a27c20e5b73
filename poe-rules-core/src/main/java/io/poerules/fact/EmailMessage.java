package io.poerules.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * The headers of an email (the document itself or an attached message).
 *
 * @param from       the sender's address as written
 * @param fromDomain the sender's email domain, lower case, or {@code null}
 * @param to         recipients
 * @param cc         copied recipients
 * @param date       the date it was sent, or {@code null}
 * @param subject    the subject line
 * @param evidence   the headers as text
 * @since 0.1.0
 */
public record EmailMessage(String from, String fromDomain, List<String> to, List<String> cc, LocalDate date,
                           String subject, Evidence evidence) implements Fact {
    public EmailMessage {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
