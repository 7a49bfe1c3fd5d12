package org.curtaincall.insights.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of figures about groups of people before anything is hidden: for each group (a team, a stage, a cell of
 * the front x back heatmap) how many distinct people contributed and the figure shown for it (a count, or the sum
 * behind an average), and which groups add up to which (a stage is the sum of its teams, a heatmap row the sum of its
 * cells). Those sums are what would let a reader work out a hidden figure by subtraction.
 */
public final class GroupTable {

    /** A group's figure before suppression. */
    public record Group(String key, int contributors, long value) {

        public Group {
            Objects.requireNonNull(key, "key");
            if (contributors < 0 || value < 0) {
                throw new IllegalArgumentException(key + ": contributors and value cannot be negative");
            }
            if (contributors == 0 && value != 0) {
                throw new IllegalArgumentException(key + ": a figure nobody contributed to must be zero");
            }
        }
    }

    /** The parent's figure is the sum of its parts' figures. */
    public record Sum(String parent, List<String> parts) {

        public Sum {
            Objects.requireNonNull(parent, "parent");
            parts = List.copyOf(parts);
        }
    }

    private final Map<String, Group> groups;
    private final List<Sum> sums;

    private GroupTable(Map<String, Group> groups, List<Sum> sums) {
        this.groups = Map.copyOf(groups);
        this.sums = List.copyOf(sums);
        for (Sum sum : sums) {
            long parts = 0;
            for (String part : sum.parts()) {
                parts += group(part).value();
            }
            if (parts != group(sum.parent()).value()) {
                throw new IllegalArgumentException(sum.parent() + " is not the sum of " + sum.parts());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Group group(String key) {
        Group group = groups.get(key);
        if (group == null) {
            throw new IllegalArgumentException("no group " + key);
        }
        return group;
    }

    public Map<String, Group> groups() {
        return groups;
    }

    public List<Sum> sums() {
        return sums;
    }

    /** Collects groups and sums; a group may be the parent of several sums (a grand total of rows and of columns). */
    public static final class Builder {

        private final Map<String, Group> groups = new LinkedHashMap<>();
        private final List<Sum> sums = new ArrayList<>();

        public Builder group(String key, int contributors, long value) {
            if (groups.putIfAbsent(key, new Group(key, contributors, value)) != null) {
                throw new IllegalArgumentException("group " + key + " given twice");
            }
            return this;
        }

        public Builder sum(String parent, List<String> parts) {
            sums.add(new Sum(parent, parts));
            return this;
        }

        public GroupTable build() {
            return new GroupTable(groups, sums);
        }
    }
}
