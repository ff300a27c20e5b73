package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.PoeValidator;
import io.poerules.api.ReportError;
import io.poerules.api.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fuzz run: the sample documents mutated (bytes flipped, cut, chunks deleted, duplicated, overwritten,
 * random bytes inserted, two documents spliced), {@code poe.fuzz.iterations} of them from the seed
 * {@code poe.fuzz.seed}, each validated as a stream under its sample's name. Any exception escaping the
 * API, a malformed entry, or a document over the time bound fails the run; the failing input is saved to
 * {@code target/fuzz-failures} with its seed and iteration in its name, to replay. CI runs a few hundred;
 * {@code mvn -Pfuzz} runs thousands.
 */
class FuzzTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration BOUND = TIMEOUT.multipliedBy(2).plusSeconds(15);
    private static final long SEED = Long.getLong("poe.fuzz.seed", 20261130L);
    private static final int ITERATIONS = Integer.getInteger("poe.fuzz.iterations", 2000);

    private static final List<Path> SAMPLES = new ArrayList<>();
    private static final List<byte[]> CONTENTS = new ArrayList<>();
    private static PoeValidator validator;

    @BeforeAll
    static void load() throws IOException {
        Heap.watch();
        for (Path sample : Corpus.sampleDocuments()) {
            SAMPLES.add(sample);
            CONTENTS.add(Files.readAllBytes(sample));
        }
        // OCR off: the fuzz run targets the parsers; OCR would spend seconds on every mutant of the scan sample.
        validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .limits(Limits.DEFAULTS.withTimeout(TIMEOUT)).ocr(io.poerules.api.Ocr.off()).build();
    }

    @AfterAll
    static void close() {
        validator.close();
        Heap.report(FuzzTest.class.getSimpleName());
    }

    /** One mutation of a document, named for the log. */
    private interface Mutation {
        byte[] apply(byte[] in, Random random);
    }

    private static final Map<String, Mutation> MUTATIONS = new TreeMap<>(Map.of(
            "flip bytes", (in, r) -> {
                byte[] out = in.clone();
                for (int i = 1 + r.nextInt(32); i > 0; i--) {
                    out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
                }
                return out;
            },
            "cut", (in, r) -> Arrays.copyOf(in, r.nextInt(in.length)),
            "delete a chunk", (in, r) -> {
                int from = r.nextInt(in.length);
                int to = Math.min(in.length, from + 1 + r.nextInt(Math.max(1, in.length / 8)));
                byte[] out = new byte[in.length - (to - from)];
                System.arraycopy(in, 0, out, 0, from);
                System.arraycopy(in, to, out, from, in.length - to);
                return out;
            },
            "duplicate a chunk", (in, r) -> {
                int from = r.nextInt(in.length);
                int length = Math.min(in.length - from, 1 + r.nextInt(4096));
                byte[] out = new byte[in.length + length];
                System.arraycopy(in, 0, out, 0, from + length);
                System.arraycopy(in, from, out, from + length, in.length - from);
                return out;
            },
            "insert random bytes", (in, r) -> {
                int at = r.nextInt(in.length);
                byte[] noise = new byte[1 + r.nextInt(512)];
                r.nextBytes(noise);
                byte[] out = new byte[in.length + noise.length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(in, at, out, at + noise.length, in.length - at);
                return out;
            },
            "overwrite a chunk", (in, r) -> {
                byte[] out = in.clone();
                int from = r.nextInt(out.length);
                Arrays.fill(out, from, Math.min(out.length, from + 1 + r.nextInt(1024)), (byte) (r.nextBoolean() ? 0 : 0xFF));
                return out;
            },
            "splice another document", (in, r) -> {
                byte[] other = CONTENTS.get(r.nextInt(CONTENTS.size()));
                int head = r.nextInt(in.length);
                int tail = r.nextInt(other.length);
                byte[] out = Arrays.copyOf(in, head + other.length - tail);
                System.arraycopy(other, tail, out, head, other.length - tail);
                return out;
            }));

    @Test
    void mutatedSamplesNeverEscapeTheApi() throws IOException {
        Random random = new Random(SEED);
        List<String> names = List.copyOf(MUTATIONS.keySet());
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<ErrorCode, Integer> codes = new EnumMap<>(ErrorCode.class);
        long started = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            int sample = random.nextInt(SAMPLES.size());
            byte[] input = CONTENTS.get(sample);
            StringBuilder how = new StringBuilder();
            for (int m = 1 + random.nextInt(3); m > 0 && input.length > 0; m--) {
                String name = names.get(random.nextInt(names.size()));
                how.append(how.isEmpty() ? "" : ", ").append(name);
                input = MUTATIONS.get(name).apply(input, random);
            }
            String fileName = SAMPLES.get(sample).getFileName().toString();
            String what = "iteration " + i + " of seed " + SEED + ": " + fileName + " (" + how + ")";
            long t0 = System.nanoTime();
            DocumentReport report;
            try {
                report = validator.validate(new ByteArrayInputStream(input), fileName);
            } catch (Throwable t) {
                save(i, fileName, input);
                throw new AssertionError("an exception escaped the API on " + what, t);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            try {
                Expect.wellFormed(report);
                assertThat(took).isLessThan(BOUND);
            } catch (AssertionError e) {
                save(i, fileName, input);
                fail(what + ": " + e.getMessage(), e);
            }
            verdicts.merge(report.verdict(), 1, Integer::sum);
            report.errors().stream().map(ReportError::code).forEach(c -> codes.merge(c, 1, Integer::sum));
        }
        System.out.printf("FuzzTest: %d mutated documents from seed %d in %d s; verdicts %s; errors %s%n", ITERATIONS,
                SEED, Duration.ofNanos(System.nanoTime() - started).toSeconds(), verdicts, codes);
        assertThat(verdicts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ITERATIONS);
    }

    private static void save(int iteration, String name, byte[] input) throws IOException {
        Path dir = Files.createDirectories(Corpus.module().resolve("target/fuzz-failures"));
        Files.write(dir.resolve("seed-" + SEED + "-iteration-" + iteration + "-" + name), input);
    }
}
