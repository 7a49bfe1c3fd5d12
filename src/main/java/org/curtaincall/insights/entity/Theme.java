package org.curtaincall.insights.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A group of texts about the same thing, with a readable label (a phrase taken from its texts), how many texts it
 * holds from each source, which teams they concern, how many arrived each week, and whether it is rising or new.
 * The centroid is the mean of its members' unit vectors: new texts join the theme whose centroid is closest.
 */
public record Theme(
        String id,
        String label,
        List<String> keyPhrases,
        float[] centroid,
        int kudos,
        int reports,
        SortedMap<String, Integer> teams,
        SortedMap<LocalDate, Integer> weeklyCounts,
        boolean rising,
        boolean newTheme,
        List<String> memberIds) {

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(centroid, "centroid");
        keyPhrases = List.copyOf(keyPhrases);
        teams = new TreeMap<>(teams);
        weeklyCounts = new TreeMap<>(weeklyCounts);
        memberIds = List.copyOf(memberIds);
    }

    public int size() {
        return kudos + reports;
    }

    /** Share of the theme's texts that are reports, from 0 (all kudos) to 1 (all reports). */
    public double reportShare() {
        return size() == 0 ? 0 : (double) reports / size();
    }

    /**
     * The theme with one more text, as when a text arriving between two full runs is assigned to it. The centroid
     * moves by the running mean so that the next assignment sees it; label and flags wait for the next full run.
     */
    public Theme withMember(Text text) {
        Objects.requireNonNull(text.vector(), "an assigned text must be embedded");
        int n = size();
        float[] moved = new float[centroid.length];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = (centroid[i] * n + text.vector()[i]) / (n + 1);
        }
        SortedMap<String, Integer> newTeams = new TreeMap<>(teams);
        newTeams.merge(text.teamKey(), 1, Integer::sum);
        SortedMap<LocalDate, Integer> newWeeks = new TreeMap<>(weeklyCounts);
        newWeeks.merge(text.week(), 1, Integer::sum);
        List<String> members = new ArrayList<>(memberIds);
        members.add(text.id());
        boolean isKudos = text.source() == Source.KUDOS;
        return new Theme(id, label, keyPhrases, moved, kudos + (isKudos ? 1 : 0), reports + (isKudos ? 0 : 1),
                newTeams, newWeeks, rising, newTheme, members);
    }
}
