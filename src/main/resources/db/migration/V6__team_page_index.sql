-- A team's page reads the kudos the team received that still stand, newest first, one page at a time, and counts and
-- averages them. This index finds exactly those rows in that order (id breaks ties between kudos of the same
-- instant), so that a page is read without sorting a team's whole history. It begins with team_id, so it also serves
-- every lookup the older (team_id, created_at) index served, which would now only slow down giving kudos.
create index kudos_team_standing_idx on kudos (team_id, withdrawn, hidden, created_at, id);
drop index kudos_team_idx;
