package org.curtaincall.insights.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * k-means++ on unit vectors (where Euclidean distance ranks like cosine). The number of themes follows the volume
 * of texts ({@code texts / textsPerTheme} within bounds): on the evaluation set the silhouette kept rising with k and
 * was no guide to it, while a size rule is predictable for HR. Several seeded trials run and the one with the best
 * simplified silhouette (how much closer each text is to its own centroid than to the next one) is kept; across
 * trials of one k that measure did follow quality. Its simplified form costs texts x k, not texts squared.
 */
final class ThemeClusterer {

    private static final int MAX_ITERATIONS = 100;

    private final ThemeSettings settings;

    ThemeClusterer(ThemeSettings settings) {
        this.settings = settings;
    }

    /** The clustering of unit vectors: which cluster each vector is in and each cluster's centroid. */
    record Clustering(int[] assignment, List<float[]> centroids, double silhouette) {

        int k() {
            return centroids.size();
        }
    }

    /**
     * Clusters the vectors of a run of {@code textCount} texts, which may be a sample of them: the number of themes
     * follows the run, not the sample.
     */
    Clustering cluster(List<float[]> vectors, int textCount, IntConsumer progress) {
        int n = vectors.size();
        if (n == 0) {
            return new Clustering(new int[0], List.of(), 0);
        }
        int k = Math.min(settings.maxK(), Math.max(settings.minK(), textCount / settings.textsPerTheme()));
        if (k == 1 || n <= k) {
            return single(vectors);
        }
        Clustering best = null;
        for (int trial = 0; trial < settings.trials(); trial++) {
            Clustering candidate = cluster(vectors, k, settings.seed() + trial);
            if (best == null || candidate.silhouette() > best.silhouette()) {
                best = candidate;
            }
            progress.accept(100 * (trial + 1) / settings.trials());
        }
        return best;
    }

    Clustering cluster(List<float[]> vectors, int k, long seed) {
        List<Point> points = new ArrayList<>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            points.add(new Point(i, Vectors.toDoubles(vectors.get(i))));
        }
        var clusterer = new KMeansPlusPlusClusterer<Point>(Math.min(k, points.size()), MAX_ITERATIONS,
                new EuclideanDistance(), new JDKRandomGenerator((int) seed));
        List<CentroidCluster<Point>> clusters = clusterer.cluster(points);
        int[] assignment = new int[vectors.size()];
        List<float[]> centroids = new ArrayList<>();
        for (CentroidCluster<Point> cluster : clusters) {
            if (cluster.getPoints().isEmpty()) {
                continue;
            }
            for (Point point : cluster.getPoints()) {
                assignment[point.index] = centroids.size();
            }
            centroids.add(Vectors.toFloats(cluster.getCenter().getPoint()));
        }
        return new Clustering(assignment, centroids, silhouette(vectors, assignment, centroids));
    }

    /** Squared lengths of centroids, for {@link #nearest}. */
    static double[] squaredNorms(List<float[]> centroids) {
        double[] norms = new double[centroids.size()];
        for (int c = 0; c < norms.length; c++) {
            norms[c] = Vectors.dot(centroids.get(c), centroids.get(c));
        }
        return norms;
    }

    /**
     * The centroid nearest to a unit vector by the Euclidean distance k-means uses: |x - c|² = 1 - 2 x·c + |c|², so
     * the one with the largest 2 x·c - |c|².
     */
    static int nearest(float[] vector, List<float[]> centroids, double[] squaredNorms) {
        int nearest = 0;
        double best = -Double.MAX_VALUE;
        for (int c = 0; c < centroids.size(); c++) {
            double score = 2 * Vectors.dot(vector, centroids.get(c)) - squaredNorms[c];
            if (score > best) {
                best = score;
                nearest = c;
            }
        }
        return nearest;
    }

    private static Clustering single(List<float[]> vectors) {
        int dimension = vectors.get(0).length;
        float[] mean = new float[dimension];
        for (float[] vector : vectors) {
            for (int i = 0; i < dimension; i++) {
                mean[i] += vector[i] / vectors.size();
            }
        }
        return new Clustering(new int[vectors.size()], List.of(mean), 0);
    }

    static double silhouette(List<float[]> vectors, int[] assignment, List<float[]> centroids) {
        if (centroids.size() < 2) {
            return 0;
        }
        List<float[]> directions = centroids.stream().map(Vectors::normalised).toList();
        double total = 0;
        for (int i = 0; i < vectors.size(); i++) {
            double own = 1 - Vectors.cosine(vectors.get(i), directions.get(assignment[i]));
            double nearestOther = Double.MAX_VALUE;
            for (int c = 0; c < directions.size(); c++) {
                if (c != assignment[i]) {
                    nearestOther = Math.min(nearestOther, 1 - Vectors.cosine(vectors.get(i), directions.get(c)));
                }
            }
            double larger = Math.max(own, nearestOther);
            total += larger == 0 ? 0 : (nearestOther - own) / larger;
        }
        return total / vectors.size();
    }

    private record Point(int index, double[] coordinates) implements Clusterable {

        @Override
        public double[] getPoint() {
            return coordinates;
        }
    }
}
