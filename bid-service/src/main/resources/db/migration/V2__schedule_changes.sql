-- Deadline extensions, amendments, cancellation and closing, as tender-service announces them.
alter table tender_schedule add column cancelled boolean not null default false;
alter table tender_schedule add column cancellation_reason text;
alter table tender_schedule add column closed_at timestamptz;
alter table tender_schedule add column bids_must_be_reconfirmed_since integer;
