package io.poerules.extract;

import io.poerules.api.Limits;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code main} of an extraction child, the JVM that {@link ForkedExtractor} starts: it reads
 * {@link ForkProtocol.Request}s on standard input and answers each with the {@link ExtractedDocument} on
 * standard output, until its input ends or its parent exits. Anything else written to standard output
 * goes to standard error, so that it cannot break the protocol.
 *
 * <p>Arguments: the {@link Limits} as {@code maxInputBytes maxCharacters maxEmbeddedDepth
 * maxEmbeddedDocuments timeoutMillis}, then the OCR settings as {@code on|off language dpi tesseractFolder}
 * ({@code -} for the {@code PATH}).
 *
 * <p>For the tests of isolation only, three system properties make the child misbehave on a document
 * whose name contains the property's value: {@value #HANG_ON} (it stops answering),
 * {@value #CRASH_ON} (it exits) and {@value #EXHAUST_MEMORY_ON} (it runs out of heap). A child started
 * without them ignores them.
 */
public final class ExtractionChild {

    /** Test hook: hang on a document whose name contains this property's value. */
    public static final String HANG_ON = "poerules.child.test.hangOn";
    /** Test hook: exit with status 13 on a document whose name contains this property's value. */
    public static final String CRASH_ON = "poerules.child.test.crashOn";
    /** Test hook: fill the heap on a document whose name contains this property's value. */
    public static final String EXHAUST_MEMORY_ON = "poerules.child.test.exhaustMemoryOn";

    private ExtractionChild() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        Limits limits = new Limits(Long.parseLong(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Duration.ofMillis(Long.parseLong(args[4])));
        OcrSettings ocr = args.length >= 9 ? new OcrSettings(args[5].equals("on"), args[8].equals("-") ? null : args[8],
                args[6], Integer.parseInt(args[7])) : OcrSettings.DISABLED;
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        try (TikaExtractor extractor = new TikaExtractor(limits, ocr)) {
            ForkProtocol.write(out, new ForkProtocol.Ready(ProcessHandle.current().pid()));
            for (ForkProtocol.Request request; (request = ForkProtocol.read(in, ForkProtocol.Request.class)) != null; ) {
                misbehave(request.name());
                ForkProtocol.write(out, extractor.extract(Path.of(request.path()), request.name(), request.source()));
            }
        }
        System.exit(0);
    }

    /** The arguments that pass OCR settings to a child. */
    static List<String> ocrArguments(OcrSettings ocr) {
        return List.of(ocr.enabled() ? "on" : "off", ocr.language(), Integer.toString(ocr.dpi()),
                ocr.tesseractPath() == null ? "-" : ocr.tesseractPath());
    }

    private static void misbehave(String name) {
        if (name == null) {
            return;
        }
        if (matches(HANG_ON, name)) {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // hang on
                }
            }
        }
        if (matches(CRASH_ON, name)) {
            Runtime.getRuntime().halt(13);
        }
        if (matches(EXHAUST_MEMORY_ON, name)) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
    }

    private static boolean matches(String property, String name) {
        String marker = System.getProperty(property);
        return marker != null && !marker.isEmpty() && name.contains(marker);
    }
}
