package dev.rtcdiag.parsers.spi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of a few strings that keeps insertion order in one array. An event's keys and
 * attributes live as long as its session is open, so their footprint bounds how many sessions fit in
 * a heap: this takes about a quarter of an unmodifiable {@code LinkedHashMap} (no entry objects, no
 * hash table). Lookup is a linear scan, which for the usual handful of entries is as fast as hashing.
 */
final class OrderedMap extends AbstractMap<String, String> {

    private final String[] kv; // key, value, key, value …
    private final int chars; // of every key and value, for the size estimate

    private OrderedMap(String[] kv, int chars) {
        this.kv = kv;
        this.chars = chars;
    }

    /** About the heap a map of an event holds: an entry's references and the characters of its key and value. */
    static long sizeEstimate(Map<String, String> m) {
        if (m instanceof OrderedMap o) {
            return 48L * o.size() + 2L * o.chars;
        }
        long n = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            n += 48 + 2L * (e.getKey().length() + e.getValue().length());
        }
        return n;
    }

    /** A copy of {@code m} (keys and values non-null, as the builder guarantees). */
    static Map<String, String> copyOf(Map<String, String> m) {
        if (m.isEmpty()) {
            return Map.of();
        }
        String[] kv = new String[m.size() * 2];
        int i = 0;
        int chars = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
            chars += e.getKey().length() + e.getValue().length();
        }
        return new OrderedMap(kv, chars);
    }

    @Override
    public int size() {
        return kv.length / 2;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : kv[i + 1];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < kv.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= kv.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> e = new SimpleImmutableEntry<>(kv[i], kv[i + 1]);
                        i += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return kv.length / 2;
            }
        };
    }
}
