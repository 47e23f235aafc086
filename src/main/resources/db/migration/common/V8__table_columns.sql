-- The columns each person chose to see in a list (issue 10: a column chooser remembered per user). Keyed by the
-- page's list ("/portal/deals/index.xhtml#deals"); "columns" lists the person's departures from the page's defaults
-- as id:shown pairs ("country:false,webDomain:true"), so that a column added later starts as the page decides.
create table person_table_columns (
    username   varchar(255)  not null references person_settings (username),
    table_key  varchar(200)  not null,
    columns    varchar(2000) not null,
    primary key (username, table_key)
);
