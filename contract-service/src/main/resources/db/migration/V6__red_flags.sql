-- Red flags over the platform's own data: the Cardinal-compatible indicators and the collusion and market
-- screens, recomputed as a whole from process_event (V1) and the compiled OCDS releases (V4) whenever the
-- stored history changed, and replaced in one transaction. A derived read model: it can be dropped and
-- recomputed at any time.
create table red_flag (
    id           bigserial     primary key,
    code         varchar(40)   not null,
    name         varchar(200)  not null,
    -- null for a flag on a buyer or a tenderer across processes
    ocid         varchar(100),
    title        varchar(300),
    lot_id       varchar(100),
    buyer_id     varchar(100),
    buyer_name   varchar(300),
    -- process, lot, contract, buyer, procuringEntity, tenderer
    subject_type varchar(20)   not null,
    subject_id   varchar(300)  not null,
    subject_name varchar(600),
    value        double precision not null,
    explanation  text          not null,
    -- JSON: the numbers used and the events (type, eventId) they came from
    evidence     text          not null,
    threshold    text          not null,
    -- cardinal | screen
    source       varchar(10)   not null,
    -- when the flagged thing happened (notice published, contract amended); null across processes
    flag_date    timestamptz,
    computed_at  timestamptz   not null
);
create index red_flag_code on red_flag (code);
create index red_flag_ocid on red_flag (ocid);
create index red_flag_buyer on red_flag (buyer_id);

-- The processes the last run analysed (notice read, not cancelled), for the share of processes flagged.
create table red_flag_process (
    ocid     varchar(100) primary key,
    buyer_id varchar(100) not null
);

-- The last run: when, and the state of the stored history it saw (a new run is due when that changes).
create table red_flag_run (
    id               int          primary key,
    computed_at      timestamptz  not null,
    event_count      bigint       not null,
    last_event_at    timestamptz,
    release_position bigint       not null,
    processes        int          not null,
    flags            int          not null
);
