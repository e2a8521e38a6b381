-- Sealed bids: only the envelope (ciphertext), its SHA-256 and the exact receipt time are kept. The
-- bidder is recorded only as a keyed hash (HMAC under a key outside the database), enough to let a
-- supplier replace or withdraw its own bid, not enough for a database dump to say who bid. The lots a
-- bid is for are on its receipt too, so they are kept (not its prices, which only the envelope holds).
create table sealed_bid (
    id              uuid         primary key,
    ocid            varchar(100) not null references tender_schedule (ocid),
    bid_id          uuid         not null,
    version         integer      not null,
    bidder_tag      char(64)     not null,
    envelope        bytea        not null,
    envelope_sha256 char(64)     not null,
    lot_ids         varchar(2000) not null,
    received_at     timestamptz  not null,
    state           varchar(20)  not null,
    unique (bid_id, version)
);
create index sealed_bid_ocid on sealed_bid (ocid, state);
create unique index sealed_bid_one_current on sealed_bid (ocid, bidder_tag) where state = 'current';

-- What each Idempotency-Key already produced: a retry gets the same receipt, never a second bid.
create table bid_request (
    request_key    char(64)     primary key,
    request_sha256 char(64)     not null,
    receipt        text         not null,
    created_at     timestamptz  not null
);
