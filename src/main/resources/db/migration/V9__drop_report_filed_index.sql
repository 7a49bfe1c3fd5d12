-- report_insights_idx (V7) begins with filed_on, so it serves every read the index on filed_on alone served; one
-- index fewer to update for every report filed.
drop index report_filed_idx;
