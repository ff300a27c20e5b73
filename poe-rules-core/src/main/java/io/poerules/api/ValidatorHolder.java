package io.poerules.api;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the validator a long-running service uses and swaps it atomically when the rules change. Call
 * {@link #reload()} when the rules folder was edited (on a file watcher, a schedule or an admin
 * request): the rules are read and compiled again; when they build, the new validator replaces the old
 * one, which is closed after a grace period; when they do not, the old rules keep running and the
 * problems are returned.
 *
 * <pre>{@code
 * ValidatorHolder holder = new ValidatorHolder(PoeValidator.builder().rulesDirectory(rulesDir));
 * DocumentReport report = holder.validator().validate(file);    // per request
 * List<RuleProblem> problems = holder.reload();                  // when the folder changed
 * }</pre>
 *
 * <p>Thread-safe. A validation under way keeps the validator it started with.
 *
 * @since 0.1.0
 */
public final class ValidatorHolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ValidatorHolder.class);
    /** How long a replaced validator is kept open for the validations still using it. */
    static final long CLOSE_REPLACED_AFTER_MILLIS = 60_000;

    private final AtomicReference<PoeValidator> current;

    /**
     * Builds the first validator.
     *
     * @throws RuleBuildException when the rules do not build
     */
    public ValidatorHolder(PoeValidator.Builder builder) {
        this(Objects.requireNonNull(builder, "builder").build());
    }

    /** Holds an already-built validator; the holder owns it from now on. */
    public ValidatorHolder(PoeValidator validator) {
        this.current = new AtomicReference<>(Objects.requireNonNull(validator, "validator"));
    }

    /** The validator to use now. Do not close it: the holder does. */
    public PoeValidator validator() {
        return current.get();
    }

    /**
     * Reads and compiles the rules again ({@link PoeValidator#reload()}) and, when they build, swaps
     * the new validator in.
     *
     * @return the problems of the rules; empty when the new rules are in use, otherwise every problem
     *         found, and the old rules are still in use. A rules folder that cannot be read (deleted,
     *         renamed, unreadable) is one problem, with the file {@code "(rules)"}, and the old rules stay
     *         in use too
     */
    public synchronized List<RuleProblem> reload() {
        PoeValidator old = current.get();
        PoeValidator fresh;
        try {
            fresh = old.reload();
        } catch (RuleBuildException e) {
            LOG.warn("The edited rules do not build; the previous rules stay in use:\n{}", e.getMessage());
            return e.problems();
        } catch (PoeRulesException e) {
            LOG.warn("The rules cannot be read again; the previous rules stay in use: {}", e.getMessage());
            return List.of(new RuleProblem("(rules)", 0, 0, e.getMessage()));
        }
        current.set(fresh);
        LOG.info("Rules reloaded: {} rules from {}", fresh.ruleSet().rules(), fresh.ruleSet().sources());
        closeLater(old);
        return List.of();
    }

    private static void closeLater(PoeValidator old) {
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(CLOSE_REPLACED_AFTER_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            old.close();
        }, "poe-close-replaced-validator");
        closer.setDaemon(true);
        closer.start();
    }

    /** Closes the validator in use. */
    @Override
    public void close() {
        current.get().close();
    }
}
