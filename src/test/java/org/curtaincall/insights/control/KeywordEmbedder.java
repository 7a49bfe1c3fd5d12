package org.curtaincall.insights.control;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A stand-in for the sentence model in fast tests: each topic keyword owns one axis, so texts sharing a keyword are
 * close and texts without one are far, with a little seeded noise so that no two texts are identical.
 */
final class KeywordEmbedder implements TextEmbedder {

    static final int DIMENSION = 16;

    private final List<String> keywords;

    KeywordEmbedder(String... keywords) {
        this.keywords = List.of(keywords);
    }

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        Random noise = new Random(text.hashCode());
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = (float) (noise.nextGaussian() * 0.05);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int k = 0; k < keywords.size(); k++) {
            if (lower.contains(keywords.get(k))) {
                vector[k] += 1;
            }
        }
        return Vectors.normalised(vector);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
