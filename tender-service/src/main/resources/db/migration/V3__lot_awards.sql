-- The awards of lots, from evaluation-service's decisions: proposed (pending, in standstill), confirmed
-- (active) or void (cancelled: a complaint upheld, or the tender or lot cancelled before confirmation).
-- A lot may have several over time; the latest is its award. An award id counts within its tender only:
-- an event of one process can never touch another's award.
create table tender_award (
    id                  uuid          primary key,
    tender_id           uuid          not null references tender (id),
    award_id            varchar(100)  not null,
    lot_id              varchar(20)   not null,
    bid_id              varchar(100)  not null,
    supplier_id         varchar(100)  not null,
    supplier_name       varchar(300)  not null,
    value_amount        numeric(19,2) not null,
    currency            char(3)       not null,
    status              varchar(20)   not null,
    proposed_at         timestamptz,
    standstill_ends     timestamptz,
    complaints_pending  integer       not null default 0,
    confirmed_at        timestamptz,
    cancelled_at        timestamptz,
    cancellation_reason text,
    row_version         bigint        not null default 0,
    unique (tender_id, award_id)
);

-- Why a lot could not be awarded (status 'unsuccessful').
alter table tender_lot add column unsuccessful_reason text;
