-- Each published tender's sealing key: only the public half is kept. The private half is split
-- k-of-n among the opening committee and forgotten at once.
create table tender_key (
    ocid        varchar(100) primary key references tender_schedule (ocid),
    public_key  bytea        not null,
    fingerprint char(64)     not null,
    threshold   integer      not null,
    created_at  timestamptz  not null
);

-- One share per committee member. Until its holder collects it, the share waits here encrypted
-- under the service's share-wrapping key (AES-256-GCM; the key comes from the environment, so a
-- database dump alone reveals nothing); once collected, only its hash stays.
create table key_share (
    ocid            varchar(100) not null references tender_key (ocid),
    share_index     integer      not null,
    holder_username varchar(100) not null,
    holder_name     varchar(300) not null,
    share_hash      char(64)     not null,
    wrapped_share   bytea,
    collected_at    timestamptz,
    primary key (ocid, share_index),
    unique (ocid, holder_username),
    check ((wrapped_share is null) = (collected_at is not null))
);
