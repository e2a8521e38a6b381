-- The notice version a bid was made under: after an amendment that asks for it, bids made under an
-- earlier version count only once replaced (the opening record says which were not).
alter table sealed_bid add column notice_version integer not null default 1;

-- Shares submitted for an opening wait here, encrypted under the share-wrapping key, until the
-- threshold is reached; they are deleted the moment the bids are opened.
create table opening_share (
    ocid            varchar(100) not null references tender_key (ocid),
    share_index     integer      not null,
    holder_username varchar(100) not null,
    wrapped_share   bytea        not null,
    submitted_at    timestamptz  not null,
    primary key (ocid, share_index)
);

-- The public opening record, once the bids are opened.
create table opening_record (
    ocid       varchar(100) primary key references tender_key (ocid),
    opened_at  timestamptz  not null,
    record     text         not null
);

-- Refused attempts to read sealed data or to open early, for auditors.
create table access_attempt (
    id          uuid         primary key,
    ocid        varchar(100),
    what        varchar(50)  not null,
    detail      text         not null,
    actor_role  varchar(30)  not null,
    actor_id    varchar(100) not null,
    occurred_at timestamptz  not null
);
create index access_attempt_time on access_attempt (occurred_at desc);
