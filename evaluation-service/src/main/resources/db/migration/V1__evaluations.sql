-- One evaluation per published tender; it waits for the opening record before anything is judged.
create table evaluation (
    ocid            varchar(100) primary key,
    tender_id       varchar(100) not null,
    buyer_id        varchar(100) not null,
    title           varchar(300) not null,
    award_criteria  varchar(30)  not null,
    lot_count       integer      not null,
    opening_date    timestamptz  not null,
    status          varchar(30)  not null,
    created_at      timestamptz  not null
);
create index evaluation_buyer on evaluation (buyer_id);
