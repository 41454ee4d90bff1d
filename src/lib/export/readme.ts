// The README written next to exported files: the schema, in the user's terms.
export const EXPORT_README = `# Henan Plan Atlas: exported layers

One GeoJSON FeatureCollection (RFC 7946, WGS84 lon/lat) per layer. Open them in QGIS as they are.
The map is indicative (示意图): boundaries are approximate and not an official standard map.

## Files

- \`base-counties.geojson\`, \`base-cities.geojson\`: the 157 county-level and 18 prefecture-level units (NBS 2023 codes).
- \`plan-<layer>.geojson\`: one file per thematic layer (belt, zones, metro, corridors, counties, services, tourism, revolutionary, industries, hubs, devzones).
- \`industry-taxonomy.json\`: the manufacturing plan's industry tiers, groups, chains and clusters, with chapters.
- \`devzones-updates-since-2018.json\`: changes to Henan's development zones after the 2018 catalogue (set up, upgraded, renamed), each dated and cited; not geometry.

## Properties of every feature

| property | type | meaning |
|---|---|---|
| id | string | stable id of the item (plan features) or the NBS code (base features) |
| layer | string | the layer it belongs to |
| kind | string | belt, centre, sub-centre, zone, circle, corridor, band, core, area, node, role, programme, site; for base features district, county, county-level city, prefecture-level city |
| name_zh, name_en | string | the plan's own name (official names as written) and an English rendering |
| members | string[] | 6-digit NBS codes of the cities or counties the item covers or names; for a point, the unit it sits in; all 157 counties for a programme that concerns every county |
| roles | object | code → centre, member, partner or node, where the plan distinguishes them |
| external | object[] | places outside Henan the item reaches: {code, name_zh, name_en} |
| cite | object[] | the plan sections behind the item: {plan: "manufacturing" or "services", chapter: "第十四章 第二节" or "二（四）"} |
| source | string | base features: where the geometry comes from |
| basis_zh, basis_en, sources | string, string, object[] | items whose members come from outside the plans: how they were found, and the citations behind them |
| summary_zh, summary_en | string | what the plan says, in the atlas's own words |
| items | string[] | named parts of the item (e.g. Zhengzhou's five centres) |
| open_list | boolean | the plan's list ends in 等: the members are examples, not all |
| industry_group, industry_chain | string | industry sites only: the plan's industry group and chain (zh and en); both are in industry-taxonomy.json |
| hub_type | string | hubs and platforms only: logistics, trade, finance, culture, health, agriculture, innovation, consumption, opening, exhibition or livelihood |
| catalogue_code, level, zone_type, approved, area_ha, area_km2, industries_zh, industries_en, host_in_catalogue, city_code, county_code, position, position_basis, sources | various | development zones only (plan-devzones): the 2018 national catalogue's facts, not the plans; position is always "approximate" (a point of the host county or city, or a geocoded address inside it) |
| industries | object[] | base counties only: county characteristic industries from sources outside the plans, each with industry_zh, industry_en, group (the atlas's grouping), note_zh, note_en, as_of, verified and sources |

Every citation (\`sources\`) is {publisher_zh, publisher_en, title?, doc_no?, date, url?}: the outlet or body, the
title or document number, the date, and the original page where it is known.

Geometry: areas are the member units dissolved into one (Multi)Polygon, rings wound as RFC 7946 asks (exteriors
counter-clockwise), centres, nodes and sites are MultiPoints at
city seats or county label points, corridors are LineStrings through city seats (and beyond Henan where the plan
says so), the culture-tourism belt follows the Yellow River. Items the plans do not place have a null geometry.
`;
