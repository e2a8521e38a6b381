-- The transactional outbox: every event is written here in the transaction of the state change it
-- records, and kept; the relay publishes unsent rows and stamps sent_at.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid         not null unique,
    topic        varchar(100) not null,
    record_key   varchar(100) not null,
    aggregate_id varchar(100) not null,
    sequence     bigint       not null,
    type         varchar(100) not null,
    hash         char(64)     not null,
    -- the exact text that was hashed and is published; never re-serialised
    envelope     text         not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    constraint outbox_event_aggregate_sequence unique (aggregate_id, sequence)
);

create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- The idempotent inbox: an event is applied only if its id can be inserted here, in the same
-- transaction as its effect.
create table processed_event (
    event_id     uuid         primary key,
    topic        varchar(100) not null,
    type         varchar(100) not null,
    ocid         varchar(100),
    processed_at timestamptz  not null
);
