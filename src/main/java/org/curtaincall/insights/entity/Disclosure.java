package org.curtaincall.insights.entity;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What may be shown of a {@link GroupTable}: each group's figure, or the fact that it is hidden. Pages and exports
 * show {@link #HIDDEN_NOTE} for every hidden group whatever the reason, because telling a group that is too small
 * from one hidden to protect it would tell the reader which one is small.
 */
public final class Disclosure {

    public static final String HIDDEN_NOTE = "hidden to protect anonymity";

    /** Why a group is shown or hidden; for the policy's tests and logs, never for display. */
    public enum Visibility {
        SHOWN,
        TOO_FEW_PEOPLE,
        PROTECTS_A_SMALLER_GROUP
    }

    /** The sum of the visible figures of a selection, and how many selected groups it leaves out. */
    public record PartialTotal(long value, int hiddenGroups) {
    }

    private final GroupTable table;
    private final Map<String, Visibility> visibility;

    public Disclosure(GroupTable table, Map<String, Visibility> visibility) {
        this.table = table;
        this.visibility = Map.copyOf(visibility);
    }

    public boolean shown(String key) {
        table.group(key);
        return visibility.get(key) == Visibility.SHOWN;
    }

    public OptionalLong value(String key) {
        return shown(key) ? OptionalLong.of(table.group(key).value()) : OptionalLong.empty();
    }

    public Visibility visibility(String key) {
        table.group(key);
        return visibility.get(key);
    }

    public Set<String> hidden() {
        return visibility.entrySet().stream().filter(entry -> entry.getValue() != Visibility.SHOWN)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A total over any selection of groups (a filter on teams, say) made only of visible figures, so that comparing
     * the totals of two selections can never isolate a hidden group.
     */
    public PartialTotal visibleTotal(Set<String> keys) {
        long value = 0;
        int hidden = 0;
        for (String key : keys) {
            if (shown(key)) {
                value += table.group(key).value();
            } else {
                hidden++;
            }
        }
        return new PartialTotal(value, hidden);
    }
}
