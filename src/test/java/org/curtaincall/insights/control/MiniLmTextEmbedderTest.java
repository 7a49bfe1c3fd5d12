package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    @Test
    void the_model_read_from_its_files_gives_the_vectors_of_the_library_that_ships_it() {
        EmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        for (String text : List.of("The tills crashed at lunchtime", "Legal reviewed the lease in two days")) {
            assertArrayEquals(Vectors.normalised(library.embed(text).content().vector()), EMBEDDER.embed(text), 1e-6f);
        }
    }

    @Test
    void loading_the_model_leaves_no_copy_of_it_behind() throws IOException {
        Set<Path> before = modelCopies();

        ModelFiles.load().embed("The night shift restocked the shelves");

        assertEquals(before, modelCopies());
    }

    private static Set<Path> modelCopies() throws IOException {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temporary.filter(p -> p.getFileName().toString().startsWith("curtaincall-model"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void stopping_lets_the_batch_under_way_finish_and_refuses_every_text_after_it() throws Exception {
        MiniLmTextEmbedder stopping = new MiniLmTextEmbedder();
        stopping.embed("warm up: the model is loaded before the race below");
        List<String> batch = Collections.nCopies(300, "The night shift restocked the shelves before opening");
        CountDownLatch handedOver = new CountDownLatch(1);
        CompletableFuture<List<float[]>> underWay = CompletableFuture.supplyAsync(() -> {
            handedOver.countDown();
            return stopping.embedAll(batch);
        });
        handedOver.await();
        Thread.sleep(100); // the 300 texts take far longer than this to embed

        stopping.stop();

        assertEquals(batch.size(), underWay.get(30, TimeUnit.SECONDS).size(), "the batch under way was finished");
        assertThrows(TextEmbedder.Stopped.class, () -> stopping.embed("Too late"));
        assertThrows(TextEmbedder.Stopped.class, () -> stopping.embedAll(List.of("Too late")));
    }
}
