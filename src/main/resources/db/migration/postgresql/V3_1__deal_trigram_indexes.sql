-- Deal registration rule D3 on PostgreSQL: the name blocks of registrations are read by key with their match names, which
-- are compared in Java: a covering index answers from the index alone. (A trigram GIN index over a million names was
-- measured too slow: the posting lists of common trigrams are long. DealRegistrationBench.)
create index deal_name_key_cover_ix on deal_name_key (name_key) include (deal_id, match_name);
