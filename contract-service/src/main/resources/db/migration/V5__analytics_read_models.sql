-- Analytics read models folded from each process's whole event history (ProcessProjection): the process
-- summary gains its classification and competition, the bids of every process appear lot by lot, and
-- buyers, suppliers and CPV divisions are summed up from those rows. All of it can be truncated and
-- rebuilt from the topics (POST /api/analytics/rebuild).
alter table process add column main_cpv_code varchar(20);
alter table process add column cpv_division char(2);
alter table process add column procurement_method_details varchar(300);
alter table process add column number_of_tenderers integer not null default 0;
alter table process add column lots integer not null default 0;
create index process_buyer on process (buyer_id);
create index process_cpv_division on process (cpv_division);

-- A bid's price for one lot, from the opening record (BidsOpened), with its qualification:
-- submitted (not decided yet), valid or disqualified (the latest QualificationDecided counts).
create table process_bid (
    ocid            varchar(100)  not null,
    bid_id          varchar(100)  not null,
    lot_id          varchar(20)   not null,
    supplier_id     varchar(100),
    supplier_name   varchar(300),
    amount          numeric(19,2),
    currency        char(3),
    received_at     timestamptz,
    status          varchar(20)   not null,
    status_reason   text,
    primary key (ocid, bid_id, lot_id)
);
create index process_bid_supplier on process_bid (supplier_id);

create table analytics_buyer (
    buyer_id              varchar(100) primary key,
    buyer_name            varchar(300),
    processes             integer      not null,
    non_open_processes    integer      not null,
    processes_with_bids   integer      not null,
    single_bid_processes  integer      not null,
    active_awards         integer      not null,
    last_event_at         timestamptz
);

create table analytics_supplier (
    supplier_id     varchar(100) primary key,
    supplier_name   varchar(300),
    lots_bid        integer      not null,
    processes_bid   integer      not null,
    wins            integer      not null,
    buyers          integer      not null
);

create table analytics_cpv_division (
    cpv_division          char(2)      primary key,
    processes             integer      not null,
    processes_with_bids   integer      not null,
    single_bid_processes  integer      not null,
    active_awards         integer      not null,
    buyers                integer      not null
);
