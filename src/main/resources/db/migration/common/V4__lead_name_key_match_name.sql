-- Deal registration rule D3: a lead's name blocks carry its match name, as a registration's do, so that the conflict
-- search compares names from the blocks alone and reads only the similar leads (reading every lead of a block took most
-- of a check's time: DealRegistrationBench).
alter table lead_name_key add column match_name varchar(200);
update lead_name_key set match_name = (select l.match_name from sales_lead l where l.id = lead_name_key.lead_id);
update lead_name_key set match_name = '' where match_name is null;
alter table lead_name_key alter column match_name set not null;
