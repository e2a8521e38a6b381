-- What bid-service knows of each published tender: when submission closes and who may open.
create table tender_schedule (
    ocid                varchar(100) primary key,
    tender_id           varchar(100) not null,
    buyer_id            varchar(100) not null,
    notice_version      integer      not null,
    submission_deadline timestamptz  not null,
    opening_date        timestamptz  not null,
    committee_threshold integer      not null,
    committee_size      integer      not null,
    lot_count           integer      not null,
    recorded_at         timestamptz  not null
);
