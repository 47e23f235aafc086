-- An order's ship-to text holds the longest address rule PA11 allows (label lines up to 200+200+200+20+100+100+2
-- characters with their line breaks: 828): 800 was too short and failed the order at commit.
alter table purchase_order alter column ship_to set data type varchar(1000);
