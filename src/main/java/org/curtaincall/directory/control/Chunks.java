package org.curtaincall.directory.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits ids for {@code in (...)} lists, which databases limit in length. */
final class Chunks {

    static final int SIZE = 500;

    private Chunks() {
    }

    static List<List<Long>> of(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + SIZE)));
        }
        return chunks;
    }
}
