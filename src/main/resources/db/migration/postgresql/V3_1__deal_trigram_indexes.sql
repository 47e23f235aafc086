-- Rule D3's similar-name search on PostgreSQL: trigram similarity (pg_trgm, a trusted extension) over the match names
-- (normalized, without generic words) of registrations and of leads. A GIN index answers "similar to this name" from the
-- rare trigrams of a distinctive name; the country is checked on the few rows it returns (measured: DealRegistrationBench).
create extension if not exists pg_trgm;
create index deal_match_trgm_ix on deal_registration using gin (match_name gin_trgm_ops);
create index lead_match_trgm_ix on sales_lead using gin (match_name gin_trgm_ops);
