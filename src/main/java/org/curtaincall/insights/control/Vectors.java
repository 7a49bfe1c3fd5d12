package org.curtaincall.insights.control;

/** Arithmetic on embedding vectors, kept in one place so that every part of the engine measures closeness alike. */
final class Vectors {

    private Vectors() {
    }

    static float[] normalised(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        if (norm == 0) {
            return unit;
        }
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        return dot(a, b);
    }

    static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static double[] toDoubles(float[] vector) {
        double[] doubles = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            doubles[i] = vector[i];
        }
        return doubles;
    }

    static float[] toFloats(double[] vector) {
        float[] floats = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            floats[i] = (float) vector[i];
        }
        return floats;
    }
}
