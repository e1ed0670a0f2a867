-- The public search over many offers (benchmarks/directory.sh): the published offers of a tenant in the order
-- the directory lists them, without reading the table rows; the texts and held languages by language.
CREATE INDEX kinderschutz_offer_public ON kinderschutz_offer (tenant_id, published, ags, id);
CREATE INDEX kinderschutz_offer_text_lang ON kinderschutz_offer_text (tenant_id, lang, offer_id);
