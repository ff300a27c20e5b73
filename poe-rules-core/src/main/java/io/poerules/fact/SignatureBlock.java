package io.poerules.fact;

import java.time.LocalDate;

/**
 * A signature or acceptance block.
 *
 * @param role     whose block it is, from its label or the name near it
 * @param signed   whether it holds a signature or signer's name, rather than blank lines
 * @param signer   the signer's name when written, otherwise {@code null}
 * @param date     the date written in the block, otherwise {@code null}
 * @param evidence the block's text
 * @since 0.1.0
 */
public record SignatureBlock(PartyRole role, boolean signed, String signer, LocalDate date, Evidence evidence)
        implements Fact {
}
