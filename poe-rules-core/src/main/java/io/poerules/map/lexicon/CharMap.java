package io.poerules.map.lexicon;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The children of a trie node by character: keys kept sorted in an array, looked up by a scan when there
 * are few and by bisection when there are many, without boxing a character or hashing it; a character
 * above the largest key (any non-ASCII character, when every phrase starts with ASCII) is answered at once.
 * Filled while the trie is built, then only read; not thread-safe while it is filled.
 */
final class CharMap<V> {

    private static final int SCAN_LIMIT = 8;

    private char[] keys = new char[0];
    private Object[] values = new Object[0];

    boolean isEmpty() {
        return keys.length == 0;
    }

    /** The value of {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(char key) {
        char[] k = keys;
        if (k.length == 0 || key > k[k.length - 1]) {
            return null;
        }
        if (k.length <= SCAN_LIMIT) {
            for (int i = 0; i < k.length; i++) {
                if (k[i] == key) {
                    return (V) values[i];
                }
            }
            return null;
        }
        int i = Arrays.binarySearch(k, key);
        return i >= 0 ? (V) values[i] : null;
    }

    /** The value of {@code key}, made by {@code create} and added when there is none. */
    V computeIfAbsent(char key, Supplier<V> create) {
        V found = get(key);
        if (found != null) {
            return found;
        }
        int at = -Arrays.binarySearch(keys, key) - 1;
        V value = create.get();
        char[] k = new char[keys.length + 1];
        Object[] v = new Object[values.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(values, 0, v, 0, at);
        k[at] = key;
        v[at] = value;
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(values, at, v, at + 1, values.length - at);
        keys = k;
        values = v;
        return value;
    }
}
