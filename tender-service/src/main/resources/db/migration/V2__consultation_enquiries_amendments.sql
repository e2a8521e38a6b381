-- The tender's stage replaces the two-valued status: draft, consultation, tendering, tenderingClosed,
-- evaluation, awarded, unsuccessful, cancelled (OCDS tenderStatus is derived from it).
alter table tender add column stage varchar(30);
update tender set stage = case status when 'PLANNING' then 'DRAFT' else 'TENDERING' end;
alter table tender alter column stage set not null;
alter table tender drop column status;

alter table tender add column consultation_start timestamptz;
alter table tender add column consultation_end timestamptz;
alter table tender add column enquiry_end_handled boolean not null default false;
alter table tender add column closed_at timestamptz;
alter table tender add column cancelled_at timestamptz;
alter table tender add column cancellation_reason text;
alter table tender add column amended_at timestamptz;
-- When the tender first became public (consultation or publication): the notice board's order.
alter table tender add column public_since timestamptz;
update tender set public_since = published_at;
-- The sum of the lots' estimated values, kept with the tender so the board can filter and sort by it.
alter table tender add column estimated_value numeric(19,2);
update tender t set estimated_value = (select coalesce(sum(l.estimated_value), 0) from tender_lot l where l.tender_id = t.id);
alter table tender alter column estimated_value set not null;
create index tender_public_since on tender (public_since desc) where public_since is not null;

create index tender_stage on tender (stage);
create index tender_deadline on tender (submission_deadline) where stage = 'TENDERING';

alter table tender_lot add column status varchar(20) not null default 'active';
alter table tender_lot add column cancellation_reason text;

-- Weighted award criteria of a best price-quality tender; weights sum to 100.
create table tender_criterion (
    tender_id uuid         not null references tender (id),
    position  integer      not null,
    name      varchar(200) not null,
    type      varchar(20)  not null,
    weight    integer      not null,
    primary key (tender_id, position)
);

-- What is bought, per lot, classified by CPV 2008.
create table tender_item (
    tender_id      uuid          not null references tender (id),
    position       integer       not null,
    item_id        varchar(20)   not null,
    lot_id         varchar(20)   not null,
    description    varchar(1000) not null,
    quantity       numeric(19,3) not null,
    unit           varchar(50)   not null,
    classification char(10)      not null,
    primary key (tender_id, position)
);

-- Documents: those the buyer uploads, and the notices and consultation reports the service renders.
-- Kept for good: a published document is part of the record; its SHA-256 lets anyone check a copy.
create table tender_document (
    id            uuid          primary key,
    tender_id     uuid          not null references tender (id),
    document_type varchar(30)   not null,
    title         varchar(300)  not null,
    file_name     varchar(255)  not null,
    size          bigint        not null,
    sha256        char(64)      not null,
    content       bytea         not null,
    added_at      timestamptz   not null,
    added_by      varchar(100)  not null,
    notice_version integer,
    removed_at    timestamptz
);
create index tender_document_tender on tender_document (tender_id);

-- Frozen versions: 0 = the consulted draft, 1 = the published notice, then one per amendment.
create table tender_version (
    tender_id  uuid         not null references tender (id),
    version    integer      not null,
    label      varchar(50)  not null,
    reason     text,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    terms      text         not null,
    changes    text         not null,
    primary key (tender_id, version)
);

create table consultation_comment (
    id                  uuid          primary key,
    tender_id           uuid          not null references tender (id),
    number              integer       not null,
    target_type         varchar(20)   not null,
    section             varchar(30),
    lot_id              varchar(20),
    author_name         varchar(200),
    author_organisation varchar(300),
    text                text          not null,
    posted_at           timestamptz   not null,
    hidden_reason       text,
    hidden_at           timestamptz,
    resolution          varchar(30),
    answer              text,
    answered_at         timestamptz,
    row_version         bigint        not null default 0,
    unique (tender_id, number)
);

create table enquiry (
    id             uuid          primary key,
    tender_id      uuid          not null references tender (id),
    number         integer       not null,
    target_type    varchar(20)   not null,
    lot_id         varchar(20),
    item_id        varchar(20),
    asker          varchar(40)   not null,
    question       text          not null,
    asked_at       timestamptz   not null,
    answer         text,
    answered_at    timestamptz,
    row_version    bigint        not null default 0,
    unique (tender_id, number)
);
