-- How long the last red-flag run took. The watch lets ten times that pass from a run's start before it starts
-- another, so that under a steady stream of events the recomputation takes at most about a tenth of a core.
alter table red_flag_run add column millis bigint not null default 0;
