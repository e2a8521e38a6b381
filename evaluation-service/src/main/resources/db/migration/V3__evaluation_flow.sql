-- The evaluation flow: committee, declarations, qualification, scores, the abnormally-low procedure,
-- award proposals with their standstill and complaints, and unsuccessful lots.

-- What the notice says (until the opening) and where the evaluation stands.
alter table evaluation add column aggregate_id   varchar(100);
update evaluation set aggregate_id = gen_random_uuid()::text where aggregate_id is null;
alter table evaluation alter column aggregate_id set not null;
alter table evaluation add column buyer_name     varchar(300);
-- [{"id","title","estimate":{"amount","currency"},"status":"active|cancelled"}]
alter table evaluation add column lots           text;
-- [{"name","type":"price|quality","weight"}]
alter table evaluation add column criteria       text;
alter table evaluation add column cancelled_at   timestamptz;
alter table evaluation add column cancel_reason  text;
alter table evaluation add column concluded_at   timestamptz;

-- The committee an officer of the buyer named; replaced as a whole until the first proposal.
create table committee_member (
    ocid      varchar(100) not null references evaluation (ocid),
    username  varchar(100) not null,
    name      varchar(300) not null,
    chair     boolean      not null,
    position  integer      not null,
    primary key (ocid, username)
);

-- A member's declaration about every bidder, made once; a conflict recuses them.
create table declaration (
    ocid         varchar(100) not null references evaluation (ocid),
    username     varchar(100) not null,
    recused      boolean      not null,
    -- [{"bidderId","bidderName","conflictOfInterest","statement"}]
    declarations text         not null,
    declared_at  timestamptz  not null,
    primary key (ocid, username)
);

-- Every qualification decision stays on the record; the latest per bid and lot counts.
create table qualification (
    id          bigserial    primary key,
    ocid        varchar(100) not null references evaluation (ocid),
    bid_id      varchar(100) not null,
    lot_id      varchar(100) not null,
    qualified   boolean      not null,
    reason      text         not null,
    -- [{"title","fileName","sha256"}]
    documents   text         not null,
    decided_by  varchar(100) not null,
    decided_at  timestamptz  not null
);
create index qualification_bid on qualification (ocid, bid_id, lot_id, id);

-- One member's score of one quality criterion of one bid, submitted once with the others of the bid.
create table quality_score (
    ocid          varchar(100)  not null references evaluation (ocid),
    bid_id        varchar(100)  not null,
    username      varchar(100)  not null,
    criterion     varchar(300)  not null,
    score         numeric(9, 4) not null,
    maximum       integer       not null,
    reason        text          not null,
    position      integer       not null,
    submitted_at  timestamptz   not null,
    primary key (ocid, bid_id, username, criterion)
);

-- The abnormally-low-tender procedure of one bid for one lot: request, justification, decision.
create table abnormally_low (
    ocid             varchar(100) not null references evaluation (ocid),
    lot_id           varchar(100) not null,
    bid_id           varchar(100) not null,
    bidder_id        varchar(100) not null,
    -- ["price … is below …"]
    reasons          text         not null,
    requested_at     timestamptz  not null,
    justification    text,
    justified_at     timestamptz,
    accepted         boolean,
    decision_reason  text,
    decided_at       timestamptz,
    primary key (ocid, lot_id, bid_id)
);

-- An award proposal of a lot and its way through the standstill; a voided one stays on the record.
create table lot_award (
    award_id            varchar(100)   primary key,
    ocid                varchar(100)   not null references evaluation (ocid),
    lot_id              varchar(100)   not null,
    -- 1 for the lot's first proposal, 2 after an upheld complaint, …: orders proposals made in one instant
    number              integer        not null,
    bid_id              varchar(100)   not null,
    supplier_id         varchar(100)   not null,
    supplier_name       varchar(300)   not null,
    value_amount        numeric(19, 2) not null,
    value_currency      varchar(3)     not null,
    method              varchar(30)    not null,
    proposed_by         varchar(100)   not null,
    proposed_at         timestamptz    not null,
    -- ISO-8601, e.g. P10D: the period in force when it was proposed
    standstill_period   varchar(40)    not null,
    -- standstill | suspended | back_to_evaluation | confirmed | stopped
    stage               varchar(30)    not null,
    standstill_ends     timestamptz,
    confirmed_at        timestamptz,
    stop_reason         text,
    -- the ranking the proposal rests on, as AwardProposed carries it
    ranking             text           not null,
    report_pdf          bytea          not null,
    report_sha256       char(64)       not null,
    notice_pdf          bytea,
    notice_sha256       char(64)
);
create unique index lot_award_lot on lot_award (ocid, lot_id, number);
create index lot_award_standstill on lot_award (standstill_ends) where stage = 'standstill';

create table complaint (
    award_id          varchar(100) not null references lot_award (award_id),
    number            integer      not null,
    complainant_id    varchar(100) not null,
    complainant_name  varchar(300) not null,
    text              text         not null,
    filed_at          timestamptz  not null,
    -- upheld | dismissed, null while pending
    decision          varchar(20),
    reason            text,
    decided_at        timestamptz,
    primary key (award_id, number)
);

-- A lot declared unsuccessful (no ranked bid), with the evaluation report issued with the declaration.
create table lot_outcome (
    ocid           varchar(100) not null references evaluation (ocid),
    lot_id         varchar(100) not null,
    outcome        varchar(30)  not null,
    reason         text         not null,
    decided_at     timestamptz  not null,
    report_pdf     bytea        not null,
    report_sha256  char(64)     not null,
    primary key (ocid, lot_id)
);
