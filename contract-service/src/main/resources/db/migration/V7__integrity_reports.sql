-- Anonymous integrity reports (the whistle-blower channel), in a schema of their own so that what it
-- keeps can be reviewed at a glance. Nothing here identifies a reporter: no address, no header, no
-- account, no exact time (dates only), no file name given by the reporter, and the follow-up code
-- only as a keyed hash.
create schema integrity;

create table integrity.report (
    -- random, e.g. IR-7K3M-Q9XA: it says nothing about when or in which order reports came in
    reference      varchar(20)   primary key,
    -- tender (subject_id = the ocid) | contract (the contract id) | general (no subject_id)
    subject_type   varchar(10)   not null,
    subject_id     varchar(100),
    -- bidRigging | conflictOfInterest | bribery | fraud | other
    category       varchar(30)   not null,
    description    text          not null,
    -- received | underReview | referred | closed
    status         varchar(20)   not null,
    received_on    date          not null,
    -- HMAC-SHA256 of the follow-up code under the server's pepper, hex
    code_hash      char(64)      not null,
    constraint integrity_report_code unique (code_hash)
);
create index integrity_report_inbox on integrity.report (status, received_on desc, reference);

-- Attachments as checked and cleaned (a PDF's document properties removed), named by their number.
create table integrity.attachment (
    reference   varchar(20)   not null references integrity.report (reference),
    number      integer       not null,
    media_type  varchar(50)   not null,
    size        bigint        not null,
    sha256      char(64)      not null,
    content     bytea         not null,
    primary key (reference, number)
);

-- The conversation between the reporter and the auditors, in order.
create table integrity.message (
    reference   varchar(20)   not null references integrity.report (reference),
    number      integer       not null,
    -- reporter | auditor
    author      varchar(10)   not null,
    -- the auditor's pseudonym (auditor messages only)
    auditor     varchar(40),
    text        text          not null,
    sent_on     date          not null,
    primary key (reference, number)
);

-- Every triage decision, with the auditor's note (seen by auditors only).
create table integrity.triage (
    reference    varchar(20)   not null references integrity.report (reference),
    number       integer       not null,
    from_status  varchar(20)   not null,
    to_status    varchar(20)   not null,
    note         text          not null,
    auditor      varchar(40)   not null,
    decided_on   date          not null,
    primary key (reference, number)
);

-- Global fixed-window counters against floods: a bucket name, when its window ends and how many hits
-- it took; no identifier of anyone. Windows that have ended are deleted on the next hit.
create table integrity.rate_window (
    bucket      varchar(40)   not null,
    window_end  timestamptz   not null,
    hits        integer       not null,
    primary key (bucket, window_end)
);
