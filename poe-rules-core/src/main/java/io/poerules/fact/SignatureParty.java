package io.poerules.fact;

/**
 * Derived by the rules, not by the mapper: whose a signature block is, and why (its own label, the company it
 * is signed for, an e-signature certificate).
 *
 * @param block  the block
 * @param role   whose it is
 * @param reason why, in words
 * @since 0.1.0
 */
public record SignatureParty(SignatureBlock block, PartyRole role, String reason) implements Fact {

    @Override
    public Evidence evidence() {
        return block.evidence();
    }
}
