// The README written next to exported files: the schema, in the user's terms.
export const EXPORT_README = `# Henan Plan Atlas: exported layers

One GeoJSON FeatureCollection (RFC 7946, WGS84 lon/lat) per layer. Open them in QGIS as they are.
The map is indicative (示意图): boundaries are approximate and not an official standard map.

## Files

- \`base-counties.geojson\`, \`base-cities.geojson\`: the 157 county-level and 18 prefecture-level units (NBS 2023 codes).
- \`plan-<layer>.geojson\`: one file per thematic layer (belt, zones, metro, corridors, counties, services, tourism, revolutionary, industries, hubs, devzones).
- \`industry-taxonomy.json\`: the manufacturing plan's industry tiers, groups, chains and clusters, with chapters.

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
| source | string | where a fact comes from when the plans do not state it (base geometry, derived extents); \`basis\` says how it was derived |
| summary_zh, summary_en | string | what the plan says, in the atlas's own words |
| items | string[] | named parts of the item (e.g. Zhengzhou's five centres) |
| open_list | boolean | the plan's list ends in 等: the members are examples, not all |
| industry_group, industry_chain | string | industry sites only: the plan's industry group and chain (zh and en); both are in industry-taxonomy.json |
| hub_type | string | service hubs only: logistics, trade, finance, culture, health, agriculture or innovation |
| level, zone_type, leading_industries, confidence, position, position_basis | string | development zones only (plan-devzones): from sourced tables outside the plans; position is always "approximate" (a city or county seat, never the zone's site) |
| industries | object[] | base counties only: county characteristic industries from sources outside the plans, each with industry_zh, industry_en, group (the atlas's grouping), scale_note, confidence and source |

Geometry: areas are MultiPolygons of the member units (not dissolved), centres, nodes and sites are MultiPoints at
city seats or county label points, corridors are LineStrings through city seats (and beyond Henan where the plan
says so), the culture-tourism belt follows the Yellow River. Items the plans do not place have a null geometry.
`;
