package io.poerules.map;

import io.poerules.map.lexicon.Lexicon;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of emails, from the lexicon: how a thread's quoted messages start ({@link EmailThread}), what
 * approves the work and what only confirms receipt, what negates an approval or makes it a meeting's, the words by
 * which a message makes itself the approval (so that no negation before them counts), the
 * prefixes of replies and forwards, and the webmail providers whose domains name no organisation.
 */
record EmailWords(EmailThread thread, List<String> approval, List<String> receipt, List<String> negations,
                  List<String> thisMessage, List<String> scheduling, List<String> replyPrefixes,
                  List<String> forwardPrefixes, List<String> freeMailProviders) {

    static EmailWords of(Lexicon lexicon) {
        Map<EmailThread.Field, List<String>> labels = new EnumMap<>(EmailThread.Field.class);
        labels.put(EmailThread.Field.FROM, lexicon.emailHeaderLabels("FROM"));
        labels.put(EmailThread.Field.SENT, lexicon.emailHeaderLabels("SENT"));
        labels.put(EmailThread.Field.TO, lexicon.emailHeaderLabels("TO"));
        labels.put(EmailThread.Field.CC, lexicon.emailHeaderLabels("CC"));
        labels.put(EmailThread.Field.SUBJECT, lexicon.emailHeaderLabels("SUBJECT"));
        return new EmailWords(new EmailThread(labels, lexicon.replyIntros(), lexicon.quoteMarkers()),
                lexicon.approvalPhrases(), lexicon.receiptPhrases(), lexicon.negations(), lexicon.thisMessagePhrases(),
                lexicon.schedulingWords(),
                lexicon.replyPrefixes(), lexicon.forwardPrefixes(), lexicon.freeMailProviders());
    }
}
