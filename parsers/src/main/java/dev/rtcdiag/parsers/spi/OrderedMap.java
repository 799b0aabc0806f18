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

    /**
     * The entries of a map being built, in insertion order, as {@link java.util.LinkedHashMap} would keep
     * them (a key put again keeps its place, with the new value), in one growing array. An event's builder
     * had two {@code LinkedHashMap}s, copied into arrays when built: their tables and entries were a tenth
     * of what a diagnosis allocated. Lookup scans the keys, as {@link OrderedMap} does; past
     * {@link #INDEXED} entries (a wide JSON record) a hash index keeps a put linear in the entries.
     */
    static final class Entries {
        private static final int INDEXED = 32;
        private String[] kv = NONE;
        private int n; // array slots used: twice the entries
        private int chars;
        private Map<String, Integer> index;
        private static final String[] NONE = new String[0];

        void put(String key, String value) {
            int i = indexOf(key);
            if (i >= 0) {
                chars += value.length() - kv[i + 1].length();
                kv[i + 1] = value;
                return;
            }
            if (n == kv.length) {
                kv = java.util.Arrays.copyOf(kv, Math.max(8, 2 * n));
            }
            kv[n] = key;
            kv[n + 1] = value;
            chars += key.length() + value.length();
            if (index != null) {
                index.put(key, n);
            } else if (n / 2 + 1 > INDEXED) {
                index = new java.util.HashMap<>();
                for (int j = 0; j <= n; j += 2) {
                    index.put(kv[j], j);
                }
            }
            n += 2;
        }

        String get(String key) {
            int i = indexOf(key);
            return i < 0 ? null : kv[i + 1];
        }

        void putAll(Map<String, String> m) {
            m.forEach(this::put);
        }

        private int indexOf(String key) {
            if (index != null) {
                Integer i = index.get(key);
                return i == null ? -1 : i;
            }
            for (int i = 0; i < n; i += 2) {
                if (kv[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        /** The map, immutable; the entries may be built on. */
        Map<String, String> build() {
            return n == 0 ? Map.of() : new OrderedMap(java.util.Arrays.copyOf(kv, n), chars);
        }
    }

    /** A copy of {@code m} (keys and values non-null, as the builder guarantees). */
    static Map<String, String> copyOf(Map<String, String> m) {
        Entries e = new Entries();
        e.putAll(m);
        return e.build();
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
