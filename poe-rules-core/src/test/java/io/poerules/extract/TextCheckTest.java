package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.ErrorCode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCheckTest {

    private static DocumentPart text(String type, String text) {
        return new DocumentPart(null, 0, type, text, false, null, null, null);
    }

    @Test
    void textInAnyLanguageIsReadable() {
        assertThat(TextCheck.unreadable(text("text/plain", "Statement of Work for Contoso. ".repeat(20)), false)).isNull();
        assertThat(TextCheck.unreadable(text("text/plain", "ゾルゲの処刑記録、古書店で見つかる。".repeat(20)), false)).isNull();
        assertThat(TextCheck.unreadable(text("text/html", "Блокнот Континент-Недвижимость ".repeat(20)), false)).isNull();
    }

    @Test
    void randomBytesDecodedAsTextAreNotReadable() {
        StringBuilder noise = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            noise.append((char) random.nextInt(0x100));
        }

        var error = TextCheck.unreadable(text("text/plain", noise.toString()), true);

        assertThat(error.code()).isEqualTo(ErrorCode.CORRUPT);
        assertThat(error.message()).startsWith("The text file does not hold readable text: ")
                .contains("% of its characters are control characters or could not be decoded");
    }

    @Test
    void binaryContentWithNoTextAtAllIsNotText() {
        assertThat(TextCheck.unreadable(text("message/rfc822", ""), true).message())
                .isEqualTo("The email holds binary data, not text; it may be damaged or not what its name says");
        assertThat(TextCheck.unreadable(text("message/rfc822", ""), false)).as("an empty email of its own").isNull();
    }

    @Test
    void aFewStrayCharactersOrAShortTextAreLeftAlone() {
        assertThat(TextCheck.unreadable(text("text/plain", "Smart \uFFFDquotes\uFFFD"), false)).isNull();
        assertThat(TextCheck.unreadable(text("text/plain", "Scope of work \u0001 ".repeat(40)), false)).isNull();
        assertThat(TextCheck.unreadable(text("application/pdf", "\uE000".repeat(1_000)), false)).as("not a text format")
                .isNull();
    }
}
