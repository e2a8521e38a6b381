-- The opening record as bid-service published it (BidsOpened): what evaluation works from.
alter table evaluation add column opened_at timestamptz;
alter table evaluation add column bid_count integer;
alter table evaluation add column opened_bids text;
