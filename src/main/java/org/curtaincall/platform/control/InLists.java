package org.curtaincall.platform.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Values for {@code in (...)} conditions, which databases limit in length: split, and numbered for native SQL. */
public final class InLists {

    /** Values per query; well within what H2 and PostgreSQL accept. */
    public static final int MAX = 500;

    private InLists() {
    }

    /** The distinct values, in their order, {@value #MAX} at most per list. */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> distinct = values.stream().distinct().toList();
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + MAX)));
        }
        return chunks;
    }

    /** Numbered parameters for native SQL, {@code ?first, ?first+1, ...}, {@code count} of them. */
    public static String marks(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }
}
