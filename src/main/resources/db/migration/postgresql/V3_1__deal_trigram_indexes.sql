-- Deal registration rule D3 on PostgreSQL: open leads with a similar match name (normalized, without generic words) are
-- found through a GIN trigram index (pg_trgm, a trusted extension); the country is checked on the rows it returns.
-- Registrations use name blocks (deal_name_key) instead: with a million names, trigram posting lists grow too long for
-- the latency target (measured: DealRegistrationBench).
create extension if not exists pg_trgm;
create index lead_match_trgm_ix on sales_lead using gin (match_name gin_trgm_ops);
-- The name blocks are read by key with the match names compared in Java: a covering index answers from the index alone.
create index deal_name_key_cover_ix on deal_name_key (name_key) include (deal_id, match_name);
