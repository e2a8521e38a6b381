-- When bid-service last looked whether to seal decoy envelopes (one row, locked by the replica that
-- looks, so that two replicas do not both act on the same stretch of time). Nothing here says which
-- envelopes are decoys.
create table decoy_watch (
    id        integer     primary key check (id = 1),
    looked_at timestamptz not null
);
