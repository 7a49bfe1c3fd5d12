package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringQualityTest {

    @Test
    void groups_that_match_the_labels_exactly_score_one_on_both_measures_whatever_their_names() {
        List<String> labels = List.of("pay", "pay", "till", "till", "legal");
        List<Integer> groups = List.of(7, 7, 3, 3, 9);
        assertEquals(1.0, ClusteringQuality.purity(labels, groups), 1e-12);
        assertEquals(1.0, ClusteringQuality.normalisedMutualInformation(labels, groups), 1e-12);
    }

    @Test
    void one_group_for_everything_has_the_share_of_the_largest_label_as_purity_and_no_information() {
        List<String> labels = List.of("pay", "pay", "pay", "till");
        List<Integer> groups = List.of(1, 1, 1, 1);
        assertEquals(0.75, ClusteringQuality.purity(labels, groups), 1e-12);
        assertEquals(0.0, ClusteringQuality.normalisedMutualInformation(labels, groups), 1e-12);
    }

    @Test
    void a_group_per_item_is_pure_but_its_mutual_information_is_penalised_for_splitting() {
        List<String> labels = List.of("pay", "pay", "till", "till");
        List<Integer> groups = List.of(1, 2, 3, 4);
        assertEquals(1.0, ClusteringQuality.purity(labels, groups), 1e-12);
        // I = ln 2, H(labels) = ln 2, H(groups) = ln 4 = 2 ln 2: NMI = ln 2 / (1.5 ln 2) = 2/3.
        assertEquals(2.0 / 3, ClusteringQuality.normalisedMutualInformation(labels, groups), 1e-12);
    }

    @Test
    void a_worked_example_with_one_item_in_the_wrong_group() {
        List<String> labels = List.of("a", "a", "a", "b", "b", "b");
        List<Integer> groups = List.of(1, 1, 2, 2, 2, 2);
        assertEquals(5.0 / 6, ClusteringQuality.purity(labels, groups), 1e-12);
        double n = 6;
        double mutual = 2 / n * Math.log((2 / n) / ((2 / n) * (3 / n)))
                + 1 / n * Math.log((1 / n) / ((4 / n) * (3 / n)))
                + 3 / n * Math.log((3 / n) / ((4 / n) * (3 / n)));
        double labelEntropy = Math.log(2);
        double groupEntropy = -(2 / n * Math.log(2 / n) + 4 / n * Math.log(4 / n));
        assertEquals(mutual / ((labelEntropy + groupEntropy) / 2),
                ClusteringQuality.normalisedMutualInformation(labels, groups), 1e-12);
    }

    @Test
    void labels_and_groups_of_different_lengths_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> ClusteringQuality.purity(List.of("a"), List.of(1, 2)));
    }
}
