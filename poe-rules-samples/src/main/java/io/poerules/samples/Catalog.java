package io.poerules.samples;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The sample files by name, each with the function that writes its bytes. */
final class Catalog {

    private final Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();

    Catalog pdf(String name, Doc doc) {
        return add(name, () -> PdfRenderer.render(doc, name));
    }

    Catalog docx(String name, Doc doc) {
        return add(name, () -> DocxRenderer.render(doc));
    }

    Catalog html(String name, Doc doc) {
        return add(name, () -> HtmlRenderer.render(doc).getBytes(StandardCharsets.UTF_8));
    }

    Catalog txt(String name, Doc doc) {
        return add(name, () -> TextRenderer.render(doc, 78).getBytes(StandardCharsets.UTF_8));
    }

    Catalog add(String name, Supplier<byte[]> content) {
        if (files.putIfAbsent(name, content) != null) {
            throw new IllegalStateException("Two samples named " + name);
        }
        return this;
    }

    Map<String, Supplier<byte[]>> files() {
        return Collections.unmodifiableMap(files);
    }
}
