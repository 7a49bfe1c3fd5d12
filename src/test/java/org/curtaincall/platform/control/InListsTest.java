package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void values_are_split_into_lists_a_database_accepts_each_value_once() {
        List<Long> ids = LongStream.rangeClosed(1, 1_001).boxed().toList();

        List<List<Long>> chunks = InLists.chunks(ids);

        assertEquals(List.of(500, 500, 1), chunks.stream().map(List::size).toList());
        assertEquals(1_001L, chunks.get(2).get(0));
        assertEquals(List.of(List.of(3L, 1L)), InLists.chunks(List.of(3L, 1L, 3L)));
        assertEquals(List.of(), InLists.chunks(List.of()));
    }

    @Test
    void marks_number_native_parameters_from_the_first_free_position() {
        assertEquals("?3, ?4, ?5", InLists.marks(3, 3));
        assertEquals("?2", InLists.marks(2, 1));
    }
}
