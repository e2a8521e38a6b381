-- Analytics read model: one row per procurement process, and every event of it in order.
-- Built only from the topics, so it can be dropped and replayed from offset zero.
create table process (
    ocid                      varchar(100) primary key,
    title                     varchar(300),
    buyer_id                  varchar(100),
    buyer_name                varchar(300),
    status                    varchar(30)  not null,
    procurement_method        varchar(20),
    main_procurement_category varchar(20),
    value_amount              numeric(19,2),
    currency                  char(3),
    published_at              timestamptz,
    submission_deadline       timestamptz,
    last_event_at             timestamptz  not null
);

create table process_event (
    event_id     uuid         primary key,
    ocid         varchar(100) not null,
    aggregate_id varchar(100) not null,
    sequence     bigint       not null,
    type         varchar(100) not null,
    producer     varchar(100) not null,
    occurred_at  timestamptz  not null,
    hash         char(64)     not null,
    prev_hash    char(64),
    envelope     text         not null
);
create index process_event_timeline on process_event (ocid, occurred_at, aggregate_id, sequence);
