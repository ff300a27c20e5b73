package io.poerules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Whether standard output or standard error, each on its own, is a terminal. Java 17 has no {@code isatty}:
 * {@link System#console()} tells only whether standard input <em>and</em> output both are one. So, in order:
 * <ol>
 *   <li>the system properties {@code poe.stdout.terminal} and {@code poe.stderr.terminal} ({@code true} or
 *       {@code false}), which the {@code ./poe} launcher sets from the shell's {@code [ -t 1 ]} and
 *       {@code [ -t 2 ]};</li>
 *   <li>on Linux, where {@code /proc/self/fd/1} or {@code 2} leads: a terminal device ({@code /dev/pts/N},
 *       {@code /dev/tty}, {@code /dev/ttyN}, {@code /dev/console});</li>
 *   <li>otherwise, whether the JVM has a console.</li>
 * </ol>
 */
final class Terminal {

    /** File descriptor 1 or 2. */
    enum Stream {
        STDOUT(1, "poe.stdout.terminal"), STDERR(2, "poe.stderr.terminal");

        private final int fd;
        private final String property;

        Stream(int fd, String property) {
            this.fd = fd;
            this.property = property;
        }
    }

    private Terminal() {
    }

    /** Whether the stream of this process is a terminal. */
    static boolean isTerminal(Stream stream) {
        return isTerminal(stream, System::getProperty, Terminal::linkOf, System.console() != null);
    }

    /**
     * @param properties the system properties
     * @param links      where a {@code /proc/self/fd} entry leads, or {@code null} when that cannot be told
     * @param console    whether the JVM has a console
     */
    static boolean isTerminal(Stream stream, Function<String, String> properties, Function<Path, String> links,
                              boolean console) {
        String told = properties.apply(stream.property);
        if ("true".equalsIgnoreCase(told) || "false".equalsIgnoreCase(told)) {
            return Boolean.parseBoolean(told);
        }
        String target = links.apply(Path.of("/proc/self/fd/" + stream.fd));
        if (target != null) {
            return target.startsWith("/dev/pts/") || target.matches("/dev/tty[A-Za-z0-9]*") || target.equals("/dev/console");
        }
        return console;
    }

    private static String linkOf(Path fd) {
        try {
            return Files.isSymbolicLink(fd) ? Files.readSymbolicLink(fd).toString() : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
