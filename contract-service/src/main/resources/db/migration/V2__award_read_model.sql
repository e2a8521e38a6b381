-- Analytics read model: every award of every process as evaluation-service decided it, with the buyer
-- of its process. Built only from the topics (AwardProposed, ComplaintDecided, AwardConfirmed,
-- TenderUnsuccessful, TenderCancelled, and the process's TenderPublished / ConsultationOpened for the
-- buyer), so it can be dropped and replayed from offset zero. An award id counts within its process.
create table award (
    ocid            varchar(100)  not null,
    award_id        varchar(100)  not null,
    lot_id          varchar(20)   not null,
    bid_id          varchar(100),
    supplier_id     varchar(100),
    supplier_name   varchar(300),
    value_amount    numeric(19,2),
    currency        char(3),
    -- OCDS awardStatus: pending | active | cancelled | unsuccessful (a lot no bid could win)
    status          varchar(20)   not null,
    status_reason   text,
    proposed_at     timestamptz,
    confirmed_at    timestamptz,
    cancelled_at    timestamptz,
    -- when the award was decided: its proposal, or what made it (confirmation, the lot's failure)
    award_date      timestamptz   not null,
    buyer_id        varchar(100),
    buyer_name      varchar(300),
    primary key (ocid, award_id)
);
create index award_newest on award (award_date desc, ocid, award_id);
create index award_buyer on award (buyer_id, award_date desc);
create index award_supplier on award (supplier_id, award_date desc);
