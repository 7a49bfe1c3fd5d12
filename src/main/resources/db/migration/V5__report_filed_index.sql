-- The themes catch-up and full runs read reports one day of filing at a time, newest first.
create index report_filed_idx on report (filed_on);
