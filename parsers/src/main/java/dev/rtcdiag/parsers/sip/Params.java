package dev.rtcdiag.parsers.sip;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Header parameters ({@code ;tag=…;branch=…}) in the order written, the first of each name kept, immutable:
 * what {@link SipParser} hands to {@link Via} and {@link NameAddress}, which keep it as it is and copy any
 * other map. A message's few parameters sit in one array and are found by a scan; past {@link #SMALL} of
 * them a hash index keeps building linear and each lookup constant-time, so a hostile header with
 * thousands of parameters costs no more per parameter than a usual one. A {@code LinkedHashMap} built by
 * the parser and copied again by the record was 7 % of parsing a message and reading five fields (JFR).
 */
final class Params extends AbstractMap<String, String> {

    /** Up to this many parameters are found by a scan. */
    static final int SMALL = 8;

    static final Params EMPTY = new Params(new String[0], 0, null);

    private final String[] pairs; // name, value, name, value, …
    private final int size;
    private final Map<String, Integer> index; // name to position, past SMALL parameters; otherwise null

    private Params(String[] pairs, int size, Map<String, Integer> index) {
        this.pairs = pairs;
        this.size = size;
        this.index = index;
    }

    private int indexOf(Object name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (pairs[2 * i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : pairs[2 * at + 1];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return Map.entry(pairs[2 * at], pairs[2 * at + 1]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Collects parameters in order; a name already present keeps its first value ({@code putIfAbsent}). */
    static final class Builder {
        private String[] pairs = new String[2 * 4];
        private int size;
        private Map<String, Integer> index;

        void putIfAbsent(String name, String value) {
            if (index != null ? index.containsKey(name) : scan(name)) {
                return;
            }
            if (2 * size == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * size] = name;
            pairs[2 * size + 1] = value;
            size++;
            if (index != null) {
                index.put(name, size - 1);
            } else if (size > SMALL) {
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(pairs[2 * i], i);
                }
            }
        }

        private boolean scan(String name) {
            for (int i = 0; i < size; i++) {
                if (pairs[2 * i].equals(name)) {
                    return true;
                }
            }
            return false;
        }

        Params build() {
            return size == 0 ? EMPTY : new Params(pairs, size, index);
        }
    }
}
