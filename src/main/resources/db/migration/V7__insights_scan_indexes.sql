-- The insights dashboards read every standing kudos of a period once and count it in memory, because distinct givers
-- per cell, row and column cannot be added up from smaller counts. This index holds every column that read needs, so
-- that it never touches the kudos rows with their texts: a year of a large installation is read in about a second.
-- It begins with the time, so that only reads of a period use it: led by withdrawn and hidden, it would tempt the
-- planner to drive joins over every standing kudos from it.
create index kudos_insights_idx on kudos (created_at, withdrawn, hidden, team_id, giver_id, giver_team_id, giver_stage,
    rating, id);
-- Listening health reads the reports of a period the same way, for all teams or one.
create index report_insights_idx on report (filed_on, hidden, team_id, kind, status, acknowledged_on, closed_on, id);
-- The heatmap reads the theme of each kudos text, and the themes read who wrote their texts, without the vectors.
-- It begins with theme_id, so it serves every lookup the index on theme_id alone served.
create index insight_text_theme_source_idx on insight_text (theme_id, week_start, kudos_id, report_id);
drop index insight_text_theme_idx;
