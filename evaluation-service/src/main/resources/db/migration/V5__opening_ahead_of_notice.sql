-- An opening record that arrived before the tender's notice (the two come on different topics, read by
-- separate consumers): it waits here and starts the evaluation as soon as the notice has opened it.
create table opening_ahead_of_notice (
    ocid        varchar(100) primary key,
    opening     text         not null, -- the event as it arrived
    received_at timestamptz  not null
);
