package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmTextEmbedderTest {

    private static final MiniLmTextEmbedder EMBEDDER = new MiniLmTextEmbedder();

    @Test
    void a_text_becomes_a_unit_vector_of_the_model_dimension() {
        float[] vector = EMBEDDER.embed("The tills crashed at lunchtime");
        assertEquals(MiniLmTextEmbedder.DIMENSION, vector.length);
        assertEquals(1.0, Vectors.cosine(vector, vector), 1e-5);
    }

    @Test
    void texts_that_mean_the_same_are_closer_than_texts_about_something_else() {
        float[] tills = EMBEDDER.embed("The tills crashed at lunchtime and the queue went out the door");
        float[] checkout = EMBEDDER.embed("Our checkout system froze during the busiest hour");
        float[] payroll = EMBEDDER.embed("My overtime was missing from my payslip again");
        assertTrue(Vectors.cosine(tills, checkout) > Vectors.cosine(tills, payroll) + 0.1);
    }

    @Test
    void a_batch_gives_the_same_vectors_as_one_text_at_a_time() {
        List<String> texts = List.of("Payroll fixed my bonus", "Legal reviewed the lease in two days");
        List<float[]> batch = EMBEDDER.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(EMBEDDER.embed(texts.get(i)), batch.get(i), 1e-4f);
        }
    }
}
