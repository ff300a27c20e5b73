package io.poerules.api;

/**
 * A claim ({@code claim.json}) that cannot be used: not JSON, an unknown key, a missing or malformed
 * value. The message names the file, the key and what is wrong.
 *
 * @since 0.1.0
 */
public class InvalidClaimException extends PoeRulesException {
    private static final long serialVersionUID = 1L;

    public InvalidClaimException(String message) {
        super(message);
    }

    public InvalidClaimException(String message, Throwable cause) {
        super(message, cause);
    }
}
