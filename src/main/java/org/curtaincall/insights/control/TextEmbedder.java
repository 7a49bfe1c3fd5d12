package org.curtaincall.insights.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a short text into a unit-length vector whose cosine with another text's vector says how close their meaning
 * is. Embedding is the expensive step of the themes engine, so each text is embedded once, when it arrives.
 */
public interface TextEmbedder {

    float[] embed(String text);

    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    int dimension();

    /** Waits for embedding under way and refuses any after it with {@link Stopped}. */
    default void stop() {
    }

    /** Thrown for a text handed over after {@link #stop()}: it keeps waiting for its vector until the next start. */
    final class Stopped extends IllegalStateException {

        public Stopped() {
            super("the server is stopping; no text is embedded any more");
        }
    }
}
