package io.poerules.map.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CharMapTest {

    @Test
    void answersAsAHashMapDoesFewKeysAndMany() {
        answersAsAHashMapDoes(random -> (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000)),
                new int[] {0, 1, 3, 8, 9, 40, 300});
    }

    @Test
    void answersAsAHashMapDoesKeysInAShortRange() {
        answersAsAHashMapDoes(random -> (char) ('a' + random.nextInt(26)), new int[] {1, 2, 5, 26});
        answersAsAHashMapDoes(random -> (char) (random.nextBoolean() ? random.nextInt(128) : 'é'), new int[] {2, 20, 60});
    }

    @Test
    void answersAsAHashMapDoesKeysSpreadWideWithoutAscii() {
        answersAsAHashMapDoes(random -> (char) (128 + random.nextInt(0x2000)), new int[] {1, 2, 30});
    }

    private static void answersAsAHashMapDoes(Function<Random, Character> keys, int[] sizes) {
        Random random = new Random(42);
        for (int size : sizes) {
            CharMap<String> map = new CharMap<>();
            Map<Character, String> expected = new HashMap<>();
            while (expected.size() < size) {
                char key = keys.apply(random);
                String value = map.computeIfAbsent(key, () -> "v" + key);
                assertThat(value).isEqualTo(expected.computeIfAbsent(key, k -> "v" + k));
            }
            assertThat(map.isEmpty()).isEqualTo(size == 0);
            for (char c = 0; c < 0x3000; c++) {
                assertThat(map.get(c)).as("size %d, key %d", size, (int) c).isEqualTo(expected.get(c));
            }
        }
    }

    @Test
    void aKeyAlreadyThereKeepsItsValue() {
        CharMap<String> map = new CharMap<>();
        map.computeIfAbsent('a', () -> "first");

        assertThat(map.computeIfAbsent('a', () -> "second")).isEqualTo("first");
        assertThat(map.get('a')).isEqualTo("first");
    }
}
