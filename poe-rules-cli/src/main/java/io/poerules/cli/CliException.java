package io.poerules.cli;

/**
 * The command could not do what was asked for a reason that is not a usage error, such as an output
 * file that cannot be written. Its message is printed as is and the command exits with
 * {@link PoeCommand#EXIT_CANNOT_RUN}.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
