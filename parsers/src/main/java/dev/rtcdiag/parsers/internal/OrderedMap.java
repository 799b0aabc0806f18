package dev.rtcdiag.parsers.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of a few strings that keeps insertion order in one array: an event's keys and
 * attributes, and the parameters of a SIP header ({@code ;tag=…;branch=…}). An event's maps live as long
 * as its session is open, so their footprint bounds how many sessions fit in a heap: this takes about a
 * quarter of an unmodifiable {@code LinkedHashMap} (no entry objects, no hash table). Lookup is a linear
 * scan, which for the usual handful of entries is as fast as hashing. Every instance is immutable (only
 * {@link Entries#build()} makes one), so a holder may keep one without a copy ({@link #copyOf}).
 */
public final class OrderedMap extends AbstractMap<String, String> {

    /** The empty map; what the entries build when none was put. */
    public static final Map<String, String> EMPTY = new OrderedMap(new String[0], 0);

    private final String[] kv; // key, value, key, value …
    private final int chars; // of every key and value, for the size estimate

    private OrderedMap(String[] kv, int chars) {
        this.kv = kv;
        this.chars = chars;
    }

    /** About the heap a map of an event holds: an entry's references and the characters of its key and value. */
    public static long sizeEstimate(Map<String, String> m) {
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
    public static final class Entries {
        private static final int INDEXED = 32;
        private String[] kv = NONE;
        private int n; // array slots used: twice the entries
        private int chars;
        private Map<String, Integer> index;
        private static final String[] NONE = new String[0];

        /** Puts an entry; a key put again keeps its place, with the new value ({@code LinkedHashMap.put}). */
        public void put(String key, String value) {
            int i = indexOf(key);
            if (i >= 0) {
                chars += value.length() - kv[i + 1].length();
                kv[i + 1] = value;
                return;
            }
            append(key, value);
        }

        /** Puts an entry unless the key is there already, which keeps its value ({@code LinkedHashMap.putIfAbsent}). */
        public void putIfAbsent(String key, String value) {
            if (indexOf(key) < 0) {
                append(key, value);
            }
        }

        private void append(String key, String value) {
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

        /** The value of a key put, or {@code null}. */
        public String get(String key) {
            int i = indexOf(key);
            return i < 0 ? null : kv[i + 1];
        }

        /** Puts every entry of {@code m}, in its order. */
        public void putAll(Map<String, String> m) {
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
        public Map<String, String> build() {
            return n == 0 ? EMPTY : new OrderedMap(java.util.Arrays.copyOf(kv, n), chars);
        }
    }

    /** An immutable copy of {@code m} (keys and values non-null, as the builder guarantees); {@code m} itself when it is one of these. */
    public static Map<String, String> copyOf(Map<String, String> m) {
        if (m instanceof OrderedMap) {
            return m;
        }
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
