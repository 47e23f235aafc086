-- A product's page in the console lists its contract prices with every partner (rule O8): found by SKU.
create index contract_price_sku on contract_price (sku);
