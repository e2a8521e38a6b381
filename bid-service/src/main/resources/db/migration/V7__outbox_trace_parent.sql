-- The W3C traceparent of the trace each event was written in: the relay sends it as the record's
-- traceparent header, so the consumers continue the request's trace. Empty for events written before.
alter table outbox_event add column trace_parent varchar(55);
