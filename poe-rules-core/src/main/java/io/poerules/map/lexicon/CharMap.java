package io.poerules.map.lexicon;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The children of a trie node by character, without boxing a character or hashing it. While the keys
 * span a short range (as the letters that follow a letter do) a lookup is one index into a table from the
 * smallest key to the largest; keys spread wider are kept sorted and bisected, but those below 128 (most
 * of any text) are still found in a table of their own. Filled while the trie is built, then only read;
 * not thread-safe while it is filled.
 */
final class CharMap<V> {

    /** The widest range of keys looked up in a table. */
    private static final int MAX_TABLE_SPAN = 128;

    private char[] keys = new char[0];
    private Object[] values = new Object[0];
    /**
     * The values from {@code low} to the largest key, {@code null} where there is none; when the keys span more than
     * {@link #MAX_TABLE_SPAN}, to the largest key below 128 only (none when there is none).
     */
    private Object[] table = new Object[0];
    private char low;
    /** Whether every key is in {@link #table}: a key it does not hold is none. */
    private boolean tableHoldsAll = true;

    boolean isEmpty() {
        return keys.length == 0;
    }

    /** The value of {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(char key) {
        Object[] t = table;
        int i = key - low;
        if (i >= 0 && i < t.length) {
            return (V) t[i];
        }
        if (tableHoldsAll || key > keys[keys.length - 1]) {
            return null;
        }
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? (V) values[at] : null;
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
        fillTable();
        return value;
    }

    private void fillTable() {
        int last = keys.length - 1;
        tableHoldsAll = keys[last] - keys[0] + 1 <= MAX_TABLE_SPAN;
        while (!tableHoldsAll && last >= 0 && keys[last] >= 128) {
            last--;
        }
        if (last < 0) {
            table = new Object[0];
            return;
        }
        low = keys[0];
        table = new Object[keys[last] - low + 1];
        for (int i = 0; i <= last; i++) {
            table[keys[i] - low] = values[i];
        }
    }
}
