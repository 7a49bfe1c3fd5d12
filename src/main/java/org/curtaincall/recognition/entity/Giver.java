package org.curtaincall.recognition.entity;

/** Who gives kudos, as the directory knows them at that moment: their person id and their team, if any. */
public record Giver(long personId, Long teamId, String teamStage) {
}
