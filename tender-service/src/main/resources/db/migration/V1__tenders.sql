create table tender (
    id                           uuid primary key,
    buyer_id                     varchar(100)  not null,
    buyer_name                   varchar(300)  not null,
    status                       varchar(20)   not null,
    title                        varchar(300)  not null,
    description                  text          not null,
    procurement_method           varchar(20)   not null,
    procurement_method_rationale text,
    main_procurement_category    varchar(20)   not null,
    award_criteria               varchar(30)   not null,
    currency                     char(3)       not null,
    enquiry_deadline             timestamptz   not null,
    submission_deadline          timestamptz   not null,
    opening_date                 timestamptz   not null,
    bid_validity_days            integer       not null,
    committee_threshold          integer       not null,
    created_at                   timestamptz   not null,
    created_by                   varchar(100)  not null,
    ocid                         varchar(100)  unique,
    notice_version               integer,
    published_at                 timestamptz,
    row_version                  bigint        not null default 0
);

create index tender_buyer on tender (buyer_id);
create index tender_published on tender (published_at desc) where published_at is not null;

create table tender_lot (
    tender_id       uuid          not null references tender (id),
    position        integer       not null,
    lot_id          varchar(20)   not null,
    title           varchar(300)  not null,
    description     text,
    estimated_value numeric(19,2) not null,
    primary key (tender_id, position)
);

create table tender_committee_member (
    tender_id uuid         not null references tender (id),
    position  integer      not null,
    username  varchar(100) not null,
    name      varchar(300) not null,
    primary key (tender_id, position)
);

-- ocids are numbered per publisher, in order of publication (a sequence may skip a number when a
-- publication rolls back; the notice board, not the numbering, is the list of what was published)
create sequence ocid_number;
