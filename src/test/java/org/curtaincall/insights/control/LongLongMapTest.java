package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The flat map keeps and counts exactly what a {@link HashMap} would, for any long key. */
class LongLongMapTest {

    @Test
    void keeps_and_adds_up_like_a_hash_map_through_growth_and_colliding_keys() {
        Random random = new Random(7);
        LongLongMap map = new LongLongMap();
        Map<Long, Long> expected = new HashMap<>();
        long[] awkward = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 64, 128};
        for (int i = 0; i < 200_000; i++) {
            long key = switch (random.nextInt(4)) {
                case 0 -> awkward[random.nextInt(awkward.length)];
                case 1 -> random.nextLong();
                // Neighbouring pairs, the shape of (giver, person) keys.
                default -> (long) random.nextInt(300) << 32 | random.nextInt(300);
            };
            if (random.nextBoolean()) {
                map.add(key, 3);
                expected.merge(key, 3L, Long::sum);
            } else {
                map.put(key, i);
                expected.put(key, (long) i);
            }
        }
        Map<Long, Long> actual = new HashMap<>();
        map.forEach(actual::put);
        assertEquals(expected, actual);
        assertEquals(expected.size(), map.size());
        assertEquals(-7, map.get(12345, -7), "absent");
        assertEquals(expected.get(Long.MIN_VALUE), map.get(Long.MIN_VALUE, -7));
    }
}
