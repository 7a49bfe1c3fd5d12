package org.curtaincall.insights.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well found groups match known labels. Purity: the share of items that belong to the most common label of
 * their group (1 is perfect, but many tiny groups also score high). Normalised mutual information: how much knowing
 * the group tells about the label, divided by the mean of the two entropies (1 is identical partitions, 0 unrelated),
 * which also punishes splitting a topic into many groups.
 */
public final class ClusteringQuality {

    private ClusteringQuality() {
    }

    public static <L, G> double purity(List<L> labels, List<G> groups) {
        check(labels, groups);
        Map<G, Map<L, Integer>> table = contingency(labels, groups);
        int majority = 0;
        for (Map<L, Integer> row : table.values()) {
            majority += row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return (double) majority / labels.size();
    }

    public static <L, G> double normalisedMutualInformation(List<L> labels, List<G> groups) {
        check(labels, groups);
        double n = labels.size();
        Map<G, Map<L, Integer>> table = contingency(labels, groups);
        Map<L, Integer> labelCounts = counts(labels);
        Map<G, Integer> groupCounts = counts(groups);
        double mutual = 0;
        for (Map.Entry<G, Map<L, Integer>> row : table.entrySet()) {
            for (Map.Entry<L, Integer> cell : row.getValue().entrySet()) {
                double joint = cell.getValue() / n;
                mutual += joint * Math.log(joint / (groupCounts.get(row.getKey()) / n
                        * (labelCounts.get(cell.getKey()) / n)));
            }
        }
        double labelEntropy = entropy(labelCounts, n);
        double groupEntropy = entropy(groupCounts, n);
        if (labelEntropy == 0 && groupEntropy == 0) {
            return 1;
        }
        double mean = (labelEntropy + groupEntropy) / 2;
        return mean == 0 ? 0 : Math.max(0, Math.min(1, mutual / mean));
    }

    private static <L, G> Map<G, Map<L, Integer>> contingency(List<L> labels, List<G> groups) {
        Map<G, Map<L, Integer>> table = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            table.computeIfAbsent(groups.get(i), g -> new HashMap<>()).merge(labels.get(i), 1, Integer::sum);
        }
        return table;
    }

    private static <T> Map<T, Integer> counts(List<T> values) {
        Map<T, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts;
    }

    private static <T> double entropy(Map<T, Integer> counts, double n) {
        double entropy = 0;
        for (int count : counts.values()) {
            double p = count / n;
            entropy -= p * Math.log(p);
        }
        return entropy;
    }

    private static void check(List<?> labels, List<?> groups) {
        if (labels.size() != groups.size() || labels.isEmpty()) {
            throw new IllegalArgumentException("labels and groups must be non-empty and of the same length");
        }
    }
}
