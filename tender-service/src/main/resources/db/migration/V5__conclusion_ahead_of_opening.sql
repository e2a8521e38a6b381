-- An evaluation's conclusion that arrived before the opening record of its bids (the two come on different
-- topics, read by separate consumers): it waits here and is applied as soon as the opening has started the
-- evaluation, so that the tender does not stay in evaluation for ever.
create table conclusion_ahead_of_opening (
    ocid        varchar(100) primary key,
    conclusion  text         not null, -- the event as it arrived
    received_at timestamptz  not null
);
