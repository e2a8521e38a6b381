-- OCDS 1.1.5 open data: one immutable release per domain event that changes the public record of a
-- process. Compiled from the process's stored events (process_event, V1) only, so it can be dropped
-- and recompiled; the text is the release's canonical JSON (sorted keys), byte for byte what is served.
create table ocds_release (
    -- the cursor of the release feed: the order releases were published in
    position     bigserial    primary key,
    release_id   varchar(200) not null unique,
    event_id     uuid         not null unique,
    ocid         varchar(100) not null,
    -- the release date (the event's occurredAt) and its place on the process's timeline
    release_date timestamptz  not null,
    aggregate_id varchar(100) not null,
    sequence     bigint       not null,
    tags         varchar(200) not null,
    release_json text         not null
);
create index ocds_release_process on ocds_release (ocid, release_date, aggregate_id, sequence);
