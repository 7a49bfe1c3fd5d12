-- The wall skips the kudos that are not shown (private feedback, withdrawn, hidden) and, when filtered by stage, those
-- from the other stage. With these columns in its index, H2 decides from the index alone and reads only the rows of
-- the page: page 500 of the wall (10,000 kudos back) at a million kudos from 28 ms to 2 ms.
drop index kudos_wall_idx;
create index kudos_wall_idx on kudos (created_at desc, id desc, rating, withdrawn, hidden, giver_stage);
