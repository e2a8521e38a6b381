-- Contracts: one per confirmed award (contract_id = the name-based UUID of the award id, so a replay of
-- AwardConfirmed opens the same one), then signed, amended, paid, completed or terminated by the buyer's
-- officers. Unlike the analytics read models this is the service's own state: replays never drop it.
create table contract (
    contract_id         uuid          primary key,
    ocid                varchar(100)  not null,
    tender_id           varchar(100)  not null,
    award_id            varchar(100)  not null,
    lot_id              varchar(20)   not null,
    title               varchar(300),
    -- null until the process's notice is read (another topic); fixed once signed
    buyer_id            varchar(100),
    buyer_name          varchar(300),
    supplier_id         varchar(100)  not null,
    supplier_name       varchar(300)  not null,
    award_amount        numeric(19,2) not null,
    currency            char(3)       not null,
    value_amount        numeric(19,2),
    -- OCDS contractStatus pending | active | terminated; details pending | active | completed | terminatedEarly
    status              varchar(20)   not null,
    status_details      varchar(20)   not null,
    awarded_at          timestamptz   not null,
    date_signed         timestamptz,
    period_start        timestamptz,
    period_end          timestamptz,
    document_id         uuid,
    document_title      varchar(300),
    document_file_name  varchar(255),
    document_size       bigint,
    document_sha256     char(64),
    date_completed      timestamptz,
    date_terminated     timestamptz,
    termination_reason  text
);
create index contract_newest on contract (awarded_at desc, contract_id);
create index contract_buyer on contract (buyer_id, awarded_at desc);
create index contract_supplier on contract (supplier_id, awarded_at desc);
create index contract_ocid on contract (ocid);

-- The signed PDF, apart from the contract's row so that lists never load it.
create table contract_document (
    contract_id  uuid   primary key references contract (contract_id),
    content      bytea  not null
);

create table contract_amendment (
    contract_id          uuid          not null references contract (contract_id),
    number               integer       not null,
    amended_at           timestamptz   not null,
    reason               text          not null,
    previous_amount      numeric(19,2) not null,
    value_amount         numeric(19,2) not null,
    previous_start       timestamptz   not null,
    previous_end         timestamptz   not null,
    period_start         timestamptz   not null,
    period_end           timestamptz   not null,
    primary key (contract_id, number)
);

create table contract_milestone (
    contract_id   uuid          not null references contract (contract_id),
    milestone_id  varchar(100)  not null,
    title         varchar(300)  not null,
    description   text,
    due_date      timestamptz,
    -- OCDS milestoneStatus: scheduled | met | notMet
    status        varchar(20)   not null,
    date_met      timestamptz,
    first_recorded_at timestamptz not null,
    primary key (contract_id, milestone_id)
);

create table contract_payment (
    contract_id      uuid          not null references contract (contract_id),
    payment_id       varchar(100)  not null,
    number           integer       not null,
    paid_on          timestamptz   not null,
    amount           numeric(19,2) not null,
    milestone_id     varchar(100),
    description      text,
    -- the client's Idempotency-Key: a retry with it returns this payment instead of paying twice
    idempotency_key  varchar(200),
    recorded_at      timestamptz   not null,
    primary key (contract_id, payment_id),
    constraint contract_payment_number unique (contract_id, number),
    constraint contract_payment_idempotency unique (contract_id, idempotency_key)
);
