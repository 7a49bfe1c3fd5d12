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
}
