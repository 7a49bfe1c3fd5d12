package org.curtaincall.insights.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The themes of one full clustering run, largest first, plus the texts that arrived since and were too far from
 * every theme to join one: they wait for the next full run.
 */
public record ThemeRun(LocalDate computedOn, List<Theme> themes, List<String> unassignedIds) {

    public ThemeRun {
        Objects.requireNonNull(computedOn, "computedOn");
        themes = List.copyOf(themes);
        unassignedIds = List.copyOf(unassignedIds);
    }

    public static ThemeRun none(LocalDate today) {
        return new ThemeRun(today, List.of(), List.of());
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(theme -> theme.id().equals(id)).findFirst();
    }

    /** This run with one theme replaced by its updated version (same id). */
    public ThemeRun withTheme(Theme updated) {
        List<Theme> replaced = new ArrayList<>(themes.size());
        for (Theme theme : themes) {
            replaced.add(theme.id().equals(updated.id()) ? updated : theme);
        }
        return new ThemeRun(computedOn, replaced, unassignedIds);
    }

    public ThemeRun withUnassigned(String textId) {
        List<String> waiting = new ArrayList<>(unassignedIds);
        waiting.add(textId);
        return new ThemeRun(computedOn, themes, waiting);
    }
}
