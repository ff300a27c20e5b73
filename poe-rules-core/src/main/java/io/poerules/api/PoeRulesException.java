package io.poerules.api;

/** Base of the exceptions poe-rules throws for misconfiguration. Problems with documents are never thrown. @since 0.1.0 */
public class PoeRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PoeRulesException(String message) {
        super(message);
    }

    public PoeRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
