-- A team page shows the newest of the team's kudos, stories and feedback. H2 walks an index in the order of a query
-- only when the index begins with the columns ordered by, and only in the direction the index declares; ordered by
-- time alone, it read and sorted every kudos the team ever received for each list, and every public kudos' row to
-- find the newest ten stories: 162 ms of processor per page for a team of 19,000 kudos at a million. With time
-- declared newest first, the lists order by the index's leading columns (fixed by their conditions, so the order is
-- the same) and H2 stops once a list is full. Same columns as V10's index, which it replaces.
drop index kudos_team_lists_idx;
create index kudos_team_lists_idx on kudos (team_id, withdrawn, hidden, created_at desc, id desc, rating);
