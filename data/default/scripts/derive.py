#!/usr/bin/env python3
"""Derive the default dataset's tables from the shared dataset extracts.

Usage:
    python3 data/default/scripts/derive.py --shared /work/shared/datasets --out data/default/tables

Reads the cleaned extracts in ``--shared`` (COW states and IGOs, ATOP, IEADB, GGO/HUGGO, DESTA,
ParlGov and Party Facts; see each folder's README) and the hand-curated tables in ``--out``
(``entities.csv``, ``relations.csv``, ``sources.csv``), and writes the derived tables
``sources_derived.csv``, ``entities_<set>.csv`` and ``relations_<set>.csv`` next to them. The
builder (entente-build-default) reads ``NAME.csv`` and then every ``NAME_*.csv`` in name order.

Rules (documented in data/default/SOURCES.md):
- curated entities are never redefined, only referenced (a small hand table maps upstream ids
  onto curated ids); a derived relation whose (kind, source, target) the curated relations already
  have is skipped and counted as "already curated";
- names and aliases are unique across all entities, case-insensitively: a name that several
  entities share gets a disambiguating suffix on every derived entity that has it, an alias that
  is ambiguous is left out (counted);
- a spell that ends only because the data stops (censored) gets an empty end and the attribute
  ``observed_until``; a real end keeps its date;
- nothing is dropped silently: every rule that drops a row is counted and printed.

Standard library only; the output is deterministic (rows sorted by id, ids built from upstream keys).
"""

import argparse
import calendar
import csv
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict

ACCESSED = '2026-11-23'
ID_PATTERN = re.compile(r'^[a-z0-9_]+:[A-Za-z0-9._+-]+$')

# --------------------------------------------------------------------------------------------
# Sources: one row per upstream dataset.
# --------------------------------------------------------------------------------------------

SOURCES = [
    # key, title, publisher, url, version
    ('cow-states-v2024', 'State System Membership List, v2024', 'Correlates of War Project',
     'https://correlatesofwar.org', '2024'),
    ('cow-igo-v3', 'Intergovernmental Organizations (IGO) data set, version 3.0 '
     '(Pevehouse, Nordstrom, McManus and Jamison 2020)', 'Correlates of War Project',
     'https://correlatesofwar.org', '3.0'),
    ('atop-v4.01', 'Alliance Treaty Obligations and Provisions (ATOP), version 4.01 (Leeds et al.)',
     'ATOP project', 'http://www.atopdata.org', '4.01'),
    ('ieadb-2021-01', 'International Environmental Agreements (IEA) Database Project (Mitchell et al.)',
     'University of Oregon', 'https://iea.uoregon.edu', 'snapshot 2021-01'),
    ('ggo-huggo-2024', 'manyenviron: HUGGO verified treaty memberships (Hollway et al.)',
     'Global Governance Observatory, Geneva Graduate Institute',
     'https://github.com/globalgov/manyenviron', '0.4.0 (2024-03)'),
    ('desta-2025-05', 'Design of Trade Agreements (DESTA) database (Dür, Baccini and Elsig 2014)',
     'DESTA project', 'https://www.designoftradeagreements.org', 'list of treaties, copy of 2025-05'),
    ('parlgov-2024', 'ParlGov: Parliaments and governments database (Döring and Manow)', 'ParlGov',
     'https://www.parlgov.org', '2024'),
    ('partyfacts-2024-03', 'Party Facts: a database of political parties worldwide (Döring and Regel 2019)',
     'Party Facts', 'https://partyfacts.herokuapp.com', 'core parties, 2024-03-29'),
    ('countrycode-1.8', 'countrycode: an R package to convert country names and country codes '
     '(Arel-Bundock, Enevoldsen and Yetman 2018)', 'Vincent Arel-Bundock',
     'https://github.com/vincentarelbundock/countrycode', '1.8.0'),
    ('lukes-iso3166', 'ISO-3166 Countries with Regional Codes', 'Luke Duncalfe',
     'https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes', '2024-06-19'),
]

OBSERVED_UNTIL = {
    'cow-igo-v3': '2014',
    'atop-v4.01': '2016',
    'ieadb-2021-01': '2021-01',
    'ggo-huggo-2024': '2023',
}

# --------------------------------------------------------------------------------------------
# Hand tables: upstream ids that the curated tables already define.
# --------------------------------------------------------------------------------------------

# COW IGO ioname -> (curated entity id, relation kind)
CURATED_IGOS = {
    'UN': ('org:un', 'member_of'),
    'NATO': ('org:nato', 'member_of'),
    'EU': ('org:eu', 'member_of'),
    'EEC': ('org:eec', 'member_of'),
    'ASEAN': ('org:asean', 'member_of'),
    'AU': ('org:au', 'member_of'),
    'OAU': ('org:oau', 'member_of'),
    'WTO': ('org:wto', 'member_of'),
    'IMF': ('org:imf', 'member_of'),
    'IBRD': ('org:world-bank', 'member_of'),
    'WHO': ('org:who', 'member_of'),
    'OECD': ('org:oecd', 'member_of'),
    'OEEC': ('org:oeec', 'member_of'),
    'IAEA': ('org:iaea', 'member_of'),
    'ICC': ('org:icc', 'member_of'),
    'PCA': ('org:pca', 'member_of'),
    'ITU': ('org:itu', 'member_of'),
    'IMO': ('org:imo', 'member_of'),
    'Mercosur': ('org:mercosur', 'member_of'),
    # The curated table holds the GATT as a treaty: its members are its contracting parties.
    'GATT': ('treaty:gatt', 'party_to'),
    # COW lists the NAFTA (its commission and secretariat) as an IGO; the curated table holds the treaty.
    'NAFTA': ('treaty:nafta', 'party_to'),
    # The curated table holds the Montreal Protocol's Multilateral Fund as a mechanism.
    'Montreal': ('mech:multilateral-fund', 'participates_in'),
}

# COW IGO names (long names are truncated at 80 characters and lost their accents upstream):
# ioname -> (name, aliases)
IGO_NAMES = {
    'ACSSRB': ('Administrative Centre for Social Security for Rhine Boatmen', []),
    'EAPC': ('Euro-Atlantic Partnership Council', ['EAPC']),
    'ECPTA': ('European Conference of Postal and Telecommunications Administrations', ['CEPT']),
    'EFILWC': ('European Foundation for the Improvement of Living and Working Conditions', ['Eurofound']),
    'EURAMET': ('European Association of National Metrology Institutes', ['EURAMET']),
    'EURATOM': ('European Atomic Energy Community', ['EURATOM', 'Euratom']),
    'EUFMD': ('European Commission for the Control of Foot-and-Mouth Disease', ['EuFMD']),
    'G24': ('Intergovernmental Group of Twenty-Four on International Monetary Affairs and Development', ['G-24']),
    'IPedI': ('International Pedological Institute', []),
    'SAMI': ('Société arabe des mines de l\'Inchiri', ['SAMIN']),
    'UKDWD': ('United Kingdom-Dominion Wool Disposals', []),
    'UMAC': ('Central African Monetary Union', ['UMAC']),
    'AALCO': ('Asian-African Legal Consultative Organization', ['AALCO', 'Asian-African Legal Consultative Committee']),
    'ABEPSEAC': ('Association between the EEC and the Partner States of the East African Community', []),
    'ACCT': ('Agency for Cultural and Technical Cooperation', ['ACCT', 'Agence de la Francophonie']),
    'ACI': ('African Cultural Institute', ['ACI']),
    'AFRISTAT': ('Economic and Statistical Observatory for Sub-Saharan Africa', ['AFRISTAT']),
    'AMPTU': ('Afro-Malagasy Postal and Telecommunications Union', []),
    'AOPU': ('Asian-Pacific Postal Union', ['Asian-Oceanic Postal Union']),
    'APFIC': ('Asia-Pacific Fishery Commission', ['APFIC', 'Indo-Pacific Fisheries Council']),
    'ARCAL': ('Regional Cooperation Agreement for the Promotion of Nuclear Science and Technology '
              'in Latin America and the Caribbean', ['ARCAL']),
    'ARIPO': ('African Regional Intellectual Property Organization', ['ARIPO', 'African Regional Industrial Property Organization']),
    'ARPU': ('Arab Postal Union', ['Arab Permanent Postal Commission']),
    'AfricaRice': ('Africa Rice Center', ['AfricaRice', 'West Africa Rice Development Association', 'WARDA']),
    'Andean': ('Andean Community', ['Andean Common Market', 'ANCOM', 'Andean Pact']),
    'BCSC': ('Commonwealth Science Council', ['British Commonwealth Scientific Committee']),
    'BONN': ('Bonn Agreement on North Sea pollution', []),
    'CAB': ('Andrés Bello Agreement', ['Convenio Andrés Bello']),
    'CACI': ('Conference of Ibero-American Film Authorities', ['CACI']),
    'CAECC': ('Central Asian Cooperation Organization', ['Central Asian Economic Community', 'Central Asian Economic Union']),
    'CAMRSD': ('Conference of African Ministers Responsible for Sustainable Development', []),
    'CComm': ('Caribbean Commission', ['Anglo-American Caribbean Commission']),
    'CEMAC': ('Economic and Monetary Community of Central Africa', ['CEMAC']),
    'CENTO': ('Central Treaty Organization', ['CENTO', 'Middle East Treaty Organization']),
    'CIMA': ('Inter-African Conference on Insurance Markets', ['CIMA']),
    'CMEA': ('Council for Mutual Economic Assistance', ['COMECON', 'CMEA', 'Comecon']),
    'CONFEJES': ('Conference of Francophone Youth and Sports Ministers', ['CONFEJES']),
    'COPTAC': ('Conference of Posts and Telecommunications Administrations of Central Africa', ['COPTAC']),
    'COSAVE': ('Southern Cone Regional Plant Protection Committee', ['COSAVE']),
    'CTO': ('Commonwealth Telecommunications Organisation', ['Commonwealth Telecommunications Board']),
    'CWGC': ('Commonwealth War Graves Commission', ['CWGC', 'Imperial War Graves Commission']),
    'EPO': ('European Patent Organisation', ['European Patent Office']),
    'EUROCONTROL': ('European Organisation for the Safety of Air Navigation', ['EUROCONTROL']),
    'Entente': ('Council of the Entente', ['Entente Council']),
    'FAO': ('Food and Agriculture Organization of the United Nations', ['FAO', 'Food and Agriculture Organization']),
    'IABE': ('Organization of Ibero-American States for Education, Science and Culture', ['OEI', 'Ibero-American Office of Education']),
    'IAIAS': ('Inter-American Institute for Cooperation on Agriculture', ['IICA', 'Inter-American Institute of Agricultural Sciences']),
    'IBIER': ('International Bureau for Information and Enquiries regarding Relief to Foreigners', []),
    'ICAI': ('International Commission for Agricultural and Food Industries', ['International Commission of Agricultural Industries']),
    'ICAO': ('International Civil Aviation Organization', ['ICAO', 'International Commission for Air Navigation']),
    'ICCILMB': ('Interim Committee for Coordination of Investigations of the Lower Mekong Basin', ['Interim Mekong Committee']),
    'ICCROM': ('International Centre for the Study of the Preservation and Restoration of Cultural Property', ['ICCROM']),
    'ICDR': ('International Commission for the Decennial Revision of the Nomenclature of the Causes of Death', []),
    'ICFAM': ('Intergovernmental Institution for the use of Micro-Algae Spirulina Against Malnutrition', []),
    'ICMMP': ('International Committee of Military Medicine', ['International Committee of Military Medicine and Pharmacy']),
    'ICPRP': ('International Commission for the Protection of the Rhine', ['ICPR']),
    'ICPTU': ('International Conference for Promoting Technical Unification on the Railways', []),
    'ICSE': ('Mediterranean Science Commission', ['CIESM', 'International Commission for the Scientific Exploration of the Mediterranean Sea']),
    'IGAD': ('Intergovernmental Authority on Development', ['IGAD', 'Intergovernmental Authority on Drought and Development']),
    'IGC': ('International Grains Council', ['International Wheat Council']),
    'IHO': ('International Hydrographic Organization', ['IHO', 'International Hydrographic Bureau']),
    'IIF': ('International Institute of Refrigeration', []),
    'IIFEO': ('ITER International Fusion Energy Organization', ['ITER Organization']),
    'INFOFISH': ('INFOFISH (Asia-Pacific fishery marketing and advisory organisation)', ['INFOFISH']),
    'INFSMK': ('INFOSAMAK (Arab fishery marketing and advisory centre)', ['INFOSAMAK']),
    'INTERPOL': ('International Criminal Police Organization', ['INTERPOL', 'International Criminal Police Commission']),
    'IOATHRE': ('Inter-State Organization for Advanced Technicians of Hydraulics', []),
    'IOEz': ('World Organisation for Animal Health', ['WOAH', 'OIE', 'International Office of Epizootics']),
    'IOMig': ('International Organization for Migration', ['IOM', 'Intergovernmental Committee for European Migration']),
    'IOPCF': ('International Oil Pollution Compensation Funds', ['IOPC Funds']),
    'IORARC': ('Indian Ocean Rim Association', ['IORA', 'Indian Ocean Rim Association for Regional Cooperation']),
    'IRENA': ('International Renewable Energy Agency', ['IRENA']),
    'ISHREST': ('Inter-State School of Hydraulic and Rural Engineering', []),
    'IUPCT': ('International Union for the Publication of Customs Tariffs', ['International Customs Tariffs Bureau']),
    'IUPLAW': ('International Union for the Protection of Literary and Artistic Works', ['Berne Union']),
    'IUPNVP': ('International Union for the Protection of New Varieties of Plants', ['UPOV']),
    'LAIEC': ('Latin American Institute of Educational Communication', ['ILCE', 'Latin American Educational Film Institute']),
    'LCBC': ('Lake Chad Basin Commission', ['LCBC']),
    'LOAS': ('League of Arab States', ['Arab League']),
    'MCPTTC': ('Multi-Country Posts and Telecommunications Training Centre, Blantyre', []),
    'MCWCASM': ('Ministerial Conference of West and Central African States on Maritime Transport', []),
    'NRC': ('Niger Basin Authority', ['Niger River Commission']),
    'NVC': ('Nordic Centre for Welfare and Social Issues', ['Nordens Välfärdscenter']),
    'OAS': ('Organization of American States', ['OAS', 'Pan American Union']),
    'OCCEDCA': ('Organization of Coordination for the Control of Endemic Diseases in Central Africa', ['OCEAC']),
    'OCR': ('Organisation for Co-operation between Railways', ['OSJD', 'Organization for the Collaboration of Railways']),
    'OIC': ('Organisation of Islamic Cooperation', ['OIC', 'Organization of the Islamic Conference']),
    'OPANAL': ('Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean', ['OPANAL']),
    'OTIF': ('Intergovernmental Organisation for International Carriage by Rail', ['OTIF', 'Central Office for International Railway Transport']),
    'PAHO': ('Pan American Health Organization', ['PAHO', 'Pan American Sanitary Bureau']),
    'PCSP': ('Permanent Commission for the South Pacific', ['CPPS']),
    'PED': ('Pôle européen de développement', ['European Development Pole']),
    'PIARC': ('World Road Association', ['PIARC', 'Permanent International Association of Road Congresses']),
    'PIBAC': ('Permanent International Bureau of Analytical Chemistry of Human and Animal Food', []),
    'PIF': ('Pacific Islands Forum', ['PIF', 'South Pacific Forum']),
    'PSNARCO': ('Permanent Secretariat of the South American Agreement on Narcotic Drugs and Psychotropic Substances', []),
    'PUASP': ('Postal Union of the Americas, Spain and Portugal', ['UPAEP', 'Postal Union of the Americas and Spain']),
    'RIMMO': ('Réserve internationale maritime en Méditerranée occidentale', ['RIMMO']),
    'RIOPPAH': ('International Regional Organization for Plant and Animal Health', ['OIRSA']),
    'SCO': ('Shanghai Cooperation Organisation', ['SCO', 'Shanghai Five']),
    'SEATO': ('Southeast Asia Treaty Organization', ['SEATO']),
    'SELA': ('Latin American and Caribbean Economic System', ['SELA', 'Latin American Economic System']),
    'SIECA': ('Secretariat for Central American Economic Integration', ['SIECA']),
    'SPC': ('Pacific Community', ['South Pacific Commission', 'Secretariat of the Pacific Community']),
    'UEMOA': ('West African Economic and Monetary Union', ['UEMOA', 'WAEMU']),
    'UM': ('Union for the Mediterranean', ['UfM']),
    'UMOA': ('West African Monetary Union', ['UMOA']),
    'UNIDROIT': ('International Institute for the Unification of Private Law', ['UNIDROIT']),
    'VALDIVIA': ('Group of Temperate Southern Hemisphere Countries on the Environment', ['Valdivia Group']),
    'WCO': ('World Customs Organization', ['WCO', 'Customs Co-operation Council']),
    'WPact': ('Warsaw Treaty Organization', ['Warsaw Treaty Organisation']),
    'WTOURO': ('World Tourism Organization', ['UNWTO']),
    'Wassen': ('Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies', ['Wassenaar Arrangement']),
}

# Succession of IGOs the COW data codes as "replaced" (successor named by hand).
# (predecessor, successor, date) with predecessor/successor as COW ionames or entity ids.
IGO_SUCCESSIONS = [
    ('LoN', 'UN', '1946'),
    ('SADCC', 'SADC', '1992'),
    ('LAFTA', 'LAIA', '1980'),
    ('CARIFTA', 'CARICOM', '1973'),
    ('PTASEA', 'COMESA', '1994'),
    ('EMI', 'ECB', '1998'),
    ('ESRO', 'ESA', '1975'),
    ('ELDO', 'ESA', '1975'),
    ('OSLO', 'OSPAR', '1998'),
    ('PC', 'OSPAR', '1998'),
    ('ICNWAF', 'NAFO', '1979'),
    ('INPFC', 'NPAFC', '1993'),
    ('UDEAC', 'CEMAC', '1994'),
    ('CEAO', 'UEMOA', '1994'),
    ('ECCA', 'ECCB', '1983'),
    ('IIA', 'FAO', '1945'),
]

# ATOP alliances with a well-known name (identified by date of signature and member set).
# atopid -> (name, aliases)
ATOP_NAMES = {
    '1035': ('Quadruple Alliance (1815)', []),
    '1335': ('Dual Alliance (1879)', []),
    '1340': ('League of the Three Emperors (1881)', ['Three Emperors\' Alliance']),
    '1350': ('Triple Alliance (1882)', []),
    '1370': ('Reinsurance Treaty (1887)', []),
    '1385': ('Franco-Russian Alliance (1893)', []),
    '1400': ('Treaty of Windsor (1899)', []),
    '1415': ('Anglo-Japanese Alliance (1902)', []),
    '2025': ('Treaty of London (1915)', []),
    '2060': ('Franco-Polish Alliance (1921)', []),
    '2070': ('Polish-Romanian Alliance (1921)', []),
    '2095': ('Four-Power Treaty (1921)', []),
    '2130': ('Locarno Rhineland Pact (1925)', ['Treaty of Mutual Guarantee (Locarno)']),
    '2240': ('Litvinov Protocol (1929)', []),
    '2302': ('Little Entente Pact of Organisation (1933)', []),
    '2325': ('German-Polish Non-Aggression Pact (1934)', []),
    '2330': ('Balkan Pact (1934)', ['Balkan Entente']),
    '2335': ('Rome Protocols (1934)', []),
    '2345': ('Baltic Entente (1934)', []),
    '2355': ('Stresa Front (1935)', []),
    '2360': ('Franco-Soviet Treaty of Mutual Assistance (1935)', []),
    '2365': ('Soviet-Czechoslovak Treaty of Mutual Assistance (1935)', []),
    '2395': ('Anti-Comintern Pact (1936)', []),
    '2410': ('Treaty of Saadabad (1937)', ['Saadabad Pact']),
    '2420': ('Nyon Agreement (1937)', []),
    '2425': ('Salonika Agreement (1938)', []),
    '2445': ('Pact of Steel (1939)', []),
    '2470': ('Molotov-Ribbentrop Pact (1939)', ['Treaty of Non-Aggression between Germany and the Soviet Union', 'Nazi-Soviet Pact']),
    '2490': ('Anglo-French-Turkish Treaty of Mutual Assistance (1939)', []),
    '2515': ('Tripartite Pact (1940)', []),
    '2525': ('Soviet-Japanese Neutrality Pact (1941)', []),
    '2535': ('Anglo-Soviet Agreement (1941)', []),
    '2550': ('Declaration by United Nations (1942)', []),
    '2555': ('Anglo-Soviet-Iranian Treaty of Alliance (1942)', []),
    '2575': ('Franco-Soviet Treaty of Alliance (1944)', []),
    '3005': ('Yalta Agreement (1945)', []),
    '3010': ('Act of Chapultepec (1945)', []),
    '3015': ('Pact of the League of Arab States (1945)', ['Arab League Pact']),
    '3030': ('Sino-Soviet Treaty of Friendship and Alliance (1945)', []),
    '3055': ('Treaty of Dunkirk (1947)', []),
    '3075': ('Inter-American Treaty of Reciprocal Assistance', ['Rio Treaty', 'Rio Pact', 'TIAR']),
    '3130': ('Brussels Treaty (1948, modified 1954)', ['Treaty of Brussels (1948)', 'Modified Brussels Treaty']),
    '3140': ('Finno-Soviet Treaty of Friendship, Cooperation and Mutual Assistance (1948)', []),
    '3150': ('Charter of the Organization of American States (1948)', ['OAS Charter', 'Charter of Bogotá']),
    '3200': ('Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance (1950)', []),
    '3205': ('Arab League Treaty of Joint Defence and Economic Co-operation (1950)', []),
    '3210': ('Mutual Defense Treaty between the United States and the Philippines (1951)', ['US-Philippines Mutual Defense Treaty']),
    '3215': ('ANZUS Treaty', ['Security Treaty between Australia, New Zealand and the United States of America']),
    '3220': ('Security Treaty between the United States and Japan (1951)', []),
    '3230': ('Balkan Pact (1953)', []),
    '3260': ('Southeast Asia Collective Defense Treaty', ['Manila Pact']),
    '3270': ('Sino-American Mutual Defense Treaty (1954)', []),
    '3275': ('Baghdad Pact', []),
    '3285': ('Warsaw Pact', ['Warsaw Treaty']),
    '3400': ('Treaty of Alliance (Cyprus, 1960)', []),
    '3405': ('Treaty of Guarantee (Cyprus, 1960)', []),
    '3460': ('Declaration on the Neutrality of Laos (1962)', []),
    '3470': ('Élysée Treaty', ['Elysee Treaty', 'Franco-German Friendship Treaty']),
    '3640': ('Treaty of Moscow (1970)', []),
    '3655': ('Treaty of Warsaw (1970)', []),
    '3720': ('Treaty of Prague (1973)', []),
    '3740': ('Helsinki Final Act', ['Helsinki Accords']),
    '3755': ('Treaty of Amity and Cooperation in Southeast Asia', []),
    '3795': ('Torrijos-Carter Treaties (1977)', ['Panama Canal Treaties']),
    '3810': ('ECOWAS Protocol on Non-Aggression (1978)', []),
    '3895': ('ECOWAS Protocol on Mutual Assistance in Defence (1981)', []),
    '3900': ('Treaty of Basseterre (1981)', []),
    '3925': ('US-Israel Memorandum of Understanding on Strategic Cooperation (1981)', []),
    '3990': ('Tripartite Accord (1988)', ['New York Accords']),
    '4220': ('Collective Security Treaty (1992)', ['Tashkent Treaty']),
    '4400': ('Charter of the Commonwealth of Independent States (1993)', ['CIS Charter']),
    '4778': ('Treaty Establishing the Regional Security System (1996)', []),
    '4810': ('Shanghai Agreement on Confidence Building in the Military Field (1996)', []),
    '4965': ('GCC Joint Defence Agreement (2000)', []),
    '4985': ('SADC Protocol on Politics, Defence and Security Co-operation (2001)', []),
    '5090': ('Pact on Security, Stability and Development in the Great Lakes Region (2006)', []),
    '6020': ('SCO Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation (2007)', []),
}

# ATOP alliances the curated table already holds as treaties.
ATOP_CURATED = {
    '3180': 'treaty:north-atlantic-treaty',
    '3240': 'treaty:us-rok-mdt',
    '3375': 'treaty:us-japan-security',
    '4175': 'treaty:maastricht',
    '4953': 'treaty:au-constitutive-act',
}

# Alliance treaties that created an organisation: (treaty, COW ioname, year).
ATOP_ESTABLISHES = [
    ('3285', 'WPact', '1955'),
    ('3260', 'SEATO', '1954'),
    ('3215', 'ANZUS', '1951'),
    ('3275', 'CENTO', '1955'),
    ('3130', 'WEU', '1955'),
    ('4220', 'CSTO', '2002'),
    ('3015', 'LOAS', '1945'),
    ('3900', 'OECS', '1981'),
]

# IEADB agreements / GGO agreements that the curated table already holds.
IEA_CURATED = {
    '5046': 'treaty:paris-agreement',
    '3126': 'treaty:unfccc',
    '3042': 'treaty:basel-convention',
}
GGO_CURATED = {
    'MNSDOL_1987P': 'treaty:montreal-protocol',
    'TRTPNW_1968A': 'treaty:npt',
}
# GGO agreements without an IEADB id that are in IEADB all the same.
GGO_EXTRA_IEA = {
    'CBD_1992A': '3128',
    'UNCLOS_1982A~3': '3193',
}
# GGO parties that are organisations or sub-national units.
GGO_ORG_PARTIES = {
    'ggo-party:EURATOM European Atomic Energy Community': 'cowigo:EURATOM',
    'ggo-party:IO-European Atomic Energy Community': 'cowigo:EURATOM',
    'ggo-party:IO-EAEC': 'cowigo:EURATOM',
    'ggo-party:FAO Food and Agriculture Organization of the UN': 'cowigo:FAO',
    'ggo-party:IO-Un Food and Agriculture Organization': 'cowigo:FAO',
    'ggo-party:WHO World Health Organization': 'cowigo:WHO',
    'ggo-party:IO-World Health Organization': 'cowigo:WHO',
    'ggo-party:WMO World Metereological Organization': 'cowigo:WMO',
    'ggo-party:IO-World Meteorological Organization': 'cowigo:WMO',
    'ggo-party:IAEA International Atomic Energy Agency': 'cowigo:IAEA',
    'ggo-party:IO-IAEA': 'cowigo:IAEA',
}

# DESTA base treaties that the curated table already holds.
DESTA_CURATED = {
    '169': 'treaty:cusfta',
    '636': 'treaty:nafta',
    '1007': 'treaty:usmca',
    '899': 'treaty:tpp',
    '989': 'treaty:cptpp',
    '988': 'treaty:afcfta-agreement',
    '604': 'treaty:asuncion',
    '293': 'treaty:treaty-of-rome',
}

# Parties the curated table already holds: ParlGov id / Party Facts id -> entity id.
PARLGOV_CURATED = {
    '558': 'party:de-spd',
    '808': 'party:de-cdu',
    '1180': 'party:de-csu',
    '543': 'party:de-fdp',
    '772': 'party:de-greens',
    '1556': 'party:gb-labour',
    '773': 'party:gb-conservative',
    '659': 'party:gb-libdem',  # ParlGov codes the Liberal Party and the Liberal Democrats as one party
    '902': 'party:es-psoe',
}
PARTYFACTS_CURATED = {
    '432': 'party:us-democratic',
    '809': 'party:us-republican',
    '5124': 'party:cn-cpc',
}
# Countries whose parties come from Party Facts (G20 and seed-named states not covered by ParlGov).
PARTYFACTS_COUNTRIES = ['ARG', 'BRA', 'CHN', 'EGY', 'IDN', 'IND', 'IRN', 'KOR', 'MEX', 'RUS', 'SAU', 'USA', 'ZAF']

# --------------------------------------------------------------------------------------------
# States: COW codes -> entity ids, with the splits COW does not make.
# --------------------------------------------------------------------------------------------

# Historical COW states: better names than COW's (which stay as aliases).
STATE_NAMES = {
    '260': ('German Federal Republic (West Germany)', ['German Federal Republic', 'West Germany', 'FRG',
                                                       'Bonn Republic']),
    '265': ('German Democratic Republic (East Germany)', ['German Democratic Republic', 'GDR', 'East Germany', 'DDR']),
    '315': ('Czechoslovakia', []),
    '300': ('Austria-Hungary', ['Austro-Hungarian Empire']),
    '271': ('Württemberg', ['Wuerttemburg', 'Wurttemberg']),
    '273': ('Hesse Electoral', ['Electorate of Hesse', 'Hesse-Kassel']),
    '275': ('Hesse Grand Ducal', ['Grand Duchy of Hesse', 'Hesse-Darmstadt']),
    '280': ('Mecklenburg-Schwerin', ['Mecklenburg Schwerin']),
    '329': ('Two Sicilies', ['Kingdom of the Two Sicilies']),
    '327': ('Papal States', []),
    '511': ('Zanzibar', []),
    '678': ('Yemen Arab Republic (North Yemen)', ['Yemen Arab Republic', 'North Yemen']),
    '680': ("Yemen People's Republic (South Yemen)", ["Yemen People's Republic", 'South Yemen',
                                                     "People's Democratic Republic of Yemen"]),
    '730': ('Korea (1887-1905)', ['Korean Empire', 'Joseon Korea']),
    '817': ('Republic of Vietnam (South Vietnam)', ['Republic of Vietnam', 'South Vietnam']),
    '347': ('Kosovo', ['Republic of Kosovo']),
}
# Historical COW states whose template description would say too little.
STATE_DESCRIPTIONS = {
    '260': ('The Federal Republic of Germany from its founding in 1949 to reunification on 1990-10-03 (West '
            'Germany). The Correlates of War state list counts it from full sovereignty on 1955-05-05 to '
            '1990-10-02; reunified Germany (state:DEU) continues its memberships and treaties.'),
    '265': ('The German Democratic Republic (East Germany), founded in 1949; the Correlates of War state list '
            'counts it from 1954-03-25 to 1990-10-02, when it acceded to the Federal Republic of Germany.'),
}
# Current states: COW or ISO name is outdated or awkward.
STATE_NAME_OVERRIDES = {
    'SWZ': 'Eswatini', 'CIV': "Côte d'Ivoire", 'CPV': 'Cabo Verde', 'COG': 'Republic of the Congo',
    'COD': 'Democratic Republic of the Congo', 'TZA': 'Tanzania', 'MDA': 'Moldova', 'SYR': 'Syria',
    'PRK': 'North Korea', 'TWN': 'Taiwan', 'FSM': 'Federated States of Micronesia', 'LCA': 'Saint Lucia',
    'VCT': 'Saint Vincent and the Grenadines', 'KNA': 'Saint Kitts and Nevis', 'ATG': 'Antigua and Barbuda',
    'GMB': 'Gambia', 'BHS': 'Bahamas', 'SRB': 'Serbia', 'VAT': 'Holy See', 'PSE': 'Palestine',
}

# Splits of one COW code into several entities by date: ccode -> [(entity, from, to)], the
# intervals half-open and contiguous. The code's own spells give the boundaries for 345 and 327;
# COW codes the Soviet Union and Russia as one state (365).
STATE_SPLITS = {
    '365': [('state:RUS', None, '1922-12-30'), ('state:SUN', '1922-12-30', '1991-12-26'), ('state:RUS', '1991-12-26', None)],
    '345': [('state:SRB', None, '1918-12-01'), ('state:cow-yug', '1918-12-01', '2006-06-03'), ('state:SRB', '2006-06-03', None)],
    '327': [('state:cow-pap', None, '1860-11-05'), ('state:VAT', '1860-11-05', None)],
}
SPLIT_NOTES = {
    '365': 'COW codes the Soviet Union and Russia as one state (365); split at the founding of the USSR '
           '(1922-12-30) and its dissolution (1991-12-26).',
    '345': 'COW codes Serbia, Yugoslavia and Serbia and Montenegro as one state (345); split at 1918-12-01 '
           'and 2006-06-03.',
    '327': 'COW code 327 is the Papal States until 1860; later rows with this code are the Holy See.',
}
# The treaty datasets (IEADB, GGO, DESTA) code West Germany's instruments under Germany's code 255,
# where COW has the German Federal Republic (260) from 1955 to 1990. A spell of code 255 that starts
# between the founding of the Federal Republic (1949-05-23) and reunification (1990-10-03) belongs to
# West Germany until 1990-10-03 and to Germany after; one that starts earlier and outlasts 1949 is cut
# three ways. Starts too coarse to tell (e.g. the year 1990) stay on Germany.
FRG_SPLIT = [('state:DEU', None, '1949-05-23'), ('state:cow-gfr', '1949-05-23', '1990-10-03'),
             ('state:DEU', '1990-10-03', None)]
FRG_CODED_FILES = ('relations_ieadb_ggo.csv', 'relations_desta.csv')
FRG_NOTE = ('The source codes the Federal Republic under Germany (255); the spell before reunification '
            '(1990-10-03) is West Germany\'s (COW 260).')
# The European Community became the European Union (curated convention: 2009-12-01).
EU_SPLIT = [('org:eec', None, '2009-12-01'), ('org:eu', '2009-12-01', None)]
EU_NOTE = 'The source names the EU throughout; before 2009-12-01 the party was the European Community.'

# Entities that have no COW code of their own.
EXTRA_STATES = {
    'state:SUN': dict(name='Soviet Union', aliases=['USSR', 'Union of Soviet Socialist Republics', 'SUN'],
                      region='Europe', start='1922-12-30', end='1991-12-26', sources='cow-states-v2024',
                      description='Federal socialist state of fifteen union republics, from its founding treaty '
                                  'in December 1922 to its dissolution in December 1991. The Correlates of War '
                                  'state list codes it together with Russia (code 365); Entente splits that code '
                                  'at these two dates.'),
    'state:cow-yug': dict(name='Yugoslavia', aliases=['Kingdom of Yugoslavia', 'Socialist Federal Republic of Yugoslavia',
                                                      'Federal Republic of Yugoslavia', 'Serbia and Montenegro'],
                          region='Europe', start='1918-12-01', end='2006-06-03', sources='cow-states-v2024',
                          description='South Slav state from the union of December 1918 to the separation of '
                                      'Montenegro in June 2006, including the Federal Republic of Yugoslavia and '
                                      'Serbia and Montenegro. The Correlates of War state list codes it together '
                                      'with Serbia (code 345).'),
}


def fail(message):
    sys.exit('derive.py: ' + message)


# --------------------------------------------------------------------------------------------
# Partial dates
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def valid_date(text):
    m = DATE_RE.match(text)
    if not m or int(m.group(1)) < 1:
        return False
    if m.group(2) and not 1 <= int(m.group(2)) <= 12:
        return False
    if m.group(3):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        days = 29 if mo == 2 and calendar.isleap(y) else _DAYS[mo - 1] if mo != 2 else 28
        return 1 <= d <= days
    return True


def check_date(text, what):
    if text and not valid_date(text):
        fail('bad date %r in %s' % (text, what))
    return text


def lo(text):
    """Earliest day a partial date can mean, as a comparable tuple."""
    m = DATE_RE.match(text)
    return (int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def hi(text):
    """Latest day a partial date can mean."""
    m = DATE_RE.match(text)
    month = int(m.group(2) or 12)
    return (int(m.group(1)), month, int(m.group(3) or _DAYS[month - 1]))


def ordered(start, end):
    """start <= end at the coarser precision (what the builder checks)."""
    if not start or not end:
        return True
    a, b = start.split('-'), end.split('-')
    n = min(len(a), len(b))
    return [int(x) for x in a[:n]] <= [int(x) for x in b[:n]]


def split_interval(segments, start, end):
    """Cut [start, end) along contiguous segments [(entity, a, b)].

    Returns [(entity, start, end, cut_end)] where cut_end says the piece ends at a segment
    boundary (a real end of the entity) rather than at the spell's own end."""
    pieces = []
    s_lo = lo(start) if start else (0, 0, 0)
    e_lo = lo(end) if end else None
    for entity, a, b in segments:
        if b is not None and not s_lo < lo(b):
            continue
        if a is not None and e_lo is not None and not e_lo > lo(a):
            continue
        p_start = start if (a is None or (start and s_lo >= lo(a))) else a
        if b is not None and (e_lo is None or e_lo >= lo(b)):
            pieces.append((entity, p_start, b, True))
        else:
            pieces.append((entity, p_start, end, False))
    return pieces


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

def clean(text):
    return re.sub(r'\s+', ' ', (text or '').replace('|', '/')).strip()


def slug(text):
    s = re.sub(r'[^A-Za-z0-9.+-]+', '-', text).strip('-').lower()
    return s or 'x'


def years(start, end):
    if start and end:
        return '%s to %s' % (start, end)
    if start:
        return 'since %s' % start
    if end:
        return 'until %s' % end
    return ''


def join_names(names, limit=6):
    names = list(names)
    if len(names) <= limit:
        if len(names) <= 2:
            return ' and '.join(names)
        return ', '.join(names[:-1]) + ' and ' + names[-1]
    return ', '.join(names[:limit]) + ' and %d others' % (len(names) - limit)


def read_csv(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------

class Report:
    def __init__(self):
        self.dropped = OrderedDict()   # (table, rule) -> count
        self.notes = OrderedDict()     # (table, what) -> count

    def drop(self, table, rule, n=1):
        key = (table, rule)
        self.dropped[key] = self.dropped.get(key, 0) + n

    def note(self, table, what, n=1):
        key = (table, what)
        self.notes[key] = self.notes.get(key, 0) + n


# --------------------------------------------------------------------------------------------
# The derivation
# --------------------------------------------------------------------------------------------

class Deriver:
    def __init__(self, shared, out):
        self.shared = shared
        self.out = out
        self.report = Report()
        self.entities = OrderedDict()   # id -> dict (derived only), with '_file'
        self.relations = []             # dicts with '_file'
        self.curated_ids = {}           # id -> kind
        self.curated_names = {}         # lower name/alias -> id
        self.curated_pairs = set()      # (kind, source, target)
        self.curated_sources = set()
        self.state_of_cow = {}          # ccode -> entity id (unsplit codes)
        self.name_of = {}               # entity id -> display name (curated and derived)
        self.igo_entity = {}            # ioname -> entity id
        self.territories_wanted = set()
        self.relation_ids = set()

    # ---- input -----------------------------------------------------------------------------
    def path(self, *parts):
        return os.path.join(self.shared, *parts)

    def load_curated(self):
        for r in read_csv(os.path.join(self.out, 'entities.csv')):
            self.curated_ids[r['id']] = r['kind']
            self.name_of[r['id']] = r['name']
            for n in [r['name']] + [a for a in r['aliases'].split('|') if a.strip()]:
                self.curated_names[n.strip().lower()] = r['id']
        for r in read_csv(os.path.join(self.out, 'relations.csv')):
            self.curated_pairs.add((r['kind'], r['source'], r['target']))
        for r in read_csv(os.path.join(self.out, 'sources.csv')):
            self.curated_sources.add(r['key'])
        for key, *_ in SOURCES:
            if key in self.curated_sources:
                fail('source key %s is already curated' % key)

    def kind_of(self, entity_id):
        if entity_id in self.curated_ids:
            return self.curated_ids[entity_id]
        if entity_id in self.entities:
            return self.entities[entity_id]['kind']
        return None

    # ---- entities --------------------------------------------------------------------------
    def add_entity(self, file, eid, kind, category, names, aliases, description, region='', country='',
                   start='', end='', sources=''):
        """names: candidates in order of preference (the first is the base name)."""
        if not ID_PATTERN.match(eid):
            fail('bad entity id %r' % eid)
        if eid in self.curated_ids:
            fail('%s is curated; reference it instead of redefining it' % eid)
        if eid in self.entities:
            fail('entity %s derived twice' % eid)
        start, end = self.sanitize(start, file), self.sanitize(end, file)
        check_date(start, eid)
        check_date(end, eid)
        if not ordered(start, end):
            self.report.note(file, 'entity end before start: end dropped')
            end = ''
        self.entities[eid] = dict(_file=file, id=eid, kind=kind, category=category,
                                  _names=[clean(n) for n in names if clean(n)],
                                  _aliases=[clean(a) for a in aliases if clean(a)],
                                  description=clean(description), region=region, country=country,
                                  start=start, end=end, sources=sources)

    def assign_names(self):
        """Give every derived entity a unique name and a set of unambiguous aliases."""
        base_count = Counter()
        for e in self.entities.values():
            base_count[e['_names'][0].lower()] += 1
        taken = dict(self.curated_names)
        # Names first: a base name that several entities share is disambiguated on all of them.
        priority = ['entities_cow_states.csv', 'entities_cow_igo.csv', 'entities_atop.csv', 'entities_ieadb_ggo.csv',
                    'entities_desta.csv', 'entities_parties.csv']
        for eid in sorted(self.entities, key=lambda i: (priority.index(self.entities[i]['_file']), i)):
            e = self.entities[eid]
            cands = e['_names']
            chosen = None
            for i, cand in enumerate(cands):
                key = cand.lower()
                if i == 0 and (base_count[key] > 1 or key in taken) and len(cands) > 1:
                    continue
                if key not in taken:
                    chosen = cand
                    break
            if chosen is None:
                chosen = '%s [%s]' % (cands[0], eid)
                self.report.note('names', 'name disambiguated by id')
            elif chosen != cands[0]:
                self.report.note('names', 'name disambiguated (shared with another entity)')
            taken[chosen.lower()] = eid
            e['name'] = chosen
            self.name_of[eid] = chosen
        # Then aliases, group by group in priority order (a state keeps its ISO code before a party
        # with the same abbreviation): kept only when no other entity of the group has it too and no
        # entity has it already as name or alias.
        for group in priority:
            members = sorted(i for i in self.entities if self.entities[i]['_file'] == group)
            alias_count = Counter()
            for eid in members:
                e = self.entities[eid]
                own = {e['name'].lower()}
                for a in dict.fromkeys(x.lower() for x in e['_names'][:1] + e['_aliases']):
                    if a not in own:
                        alias_count[a] += 1
            for eid in members:
                e = self.entities[eid]
                kept = []
                own = {e['name'].lower()}
                for a in e['_names'][:1] + e['_aliases']:
                    key = a.lower()
                    if key in own:
                        continue
                    own.add(key)
                    if key in taken and taken[key] != eid:
                        self.report.drop('aliases', 'alias already the name or alias of another entity')
                        continue
                    if alias_count[key] > 1:
                        self.report.drop('aliases', 'alias shared by several derived entities of the same set')
                        continue
                    kept.append(a)
                    taken[key] = eid
                e['aliases'] = '|'.join(kept)

    # ---- relations -------------------------------------------------------------------------
    def sanitize(self, text, file):
        """An upstream date that does not exist keeps the precision it can: 2010-02-29 -> 2010-02."""
        if not text or valid_date(text):
            return text
        parts = text.split('-')
        while parts and not valid_date('-'.join(parts)):
            parts.pop()
        self.report.note(file, 'impossible upstream date reduced in precision (e.g. 2010-02-29 -> 2010-02)')
        return '-'.join(parts)

    def add_relation(self, file, rid, kind, source, target, start, end, attributes, sources, note=''):
        start, end = self.sanitize(start, file), self.sanitize(end, file)
        for k, v in list(attributes.items()):
            if isinstance(v, str) and DATE_RE.match(v):
                attributes[k] = self.sanitize(v, file)
        check_date(start, rid)
        check_date(end, rid)
        if (kind, source, target) in self.curated_pairs:
            self.report.drop(file, 'already curated (same kind, source and target in relations.csv)')
            return False
        if source == target:
            self.report.drop(file, 'source and target are the same entity')
            return False
        if not ordered(start, end):
            self.report.drop(file, 'end before start')
            return False
        base = rid
        n = 2
        while rid in self.relation_ids:
            rid = '%s-%d' % (base, n)
            n += 1
        self.relation_ids.add(rid)
        attrs = '|'.join('%s=%s' % (k, clean(str(v))) for k, v in attributes.items() if v not in (None, ''))
        self.relations.append(dict(_file=file, id=rid, kind=kind, source=source, target=target,
                                   start=start or '', end=end or '', attributes=attrs,
                                   sources='|'.join(sources), note=note))
        return True

    def resolve_party(self, upstream, start, end, frg_coded=False):
        """Upstream actor id (cow:/iso3:/...) and interval -> [(entity, start, end, cut, note)].

        frg_coded: the source codes West Germany as Germany (255); see FRG_SPLIT."""
        if upstream.startswith('cow:'):
            code = upstream[4:]
            if code == '255' and frg_coded and start and hi(start) < lo('1990-10-03') \
                    and (lo(start) >= lo('1949-05-23') or not end or lo(end) > lo('1949-05-23')):
                return [(e, s, t, cut, FRG_NOTE) for e, s, t, cut in split_interval(FRG_SPLIT, start, end)]
            if code in STATE_SPLITS and not start:
                # No start: no basis for a split; the entity of the end date (or the current one).
                segs = STATE_SPLITS[code]
                entity = segs[-1][0]
                if end:
                    entity = [e for e, a, b in segs if (a is None or lo(end) > lo(a))][-1]
                return [(entity, start, end, False, '')]
            if code in STATE_SPLITS:
                return [(e, s, t, cut, SPLIT_NOTES[code])
                        for e, s, t, cut in split_interval(STATE_SPLITS[code], start, end)]
            if code in self.state_of_cow:
                return [(self.state_of_cow[code], start, end, False, '')]
            return None
        if upstream in ('cowigo:EU', 'iso3:EUE', 'iso3:EUU'):
            return [(e, s, t, cut, EU_NOTE if e == 'org:eec' else '')
                    for e, s, t, cut in split_interval(EU_SPLIT, start, end)]
        if upstream.startswith('cowigo:'):
            io = upstream[7:]
            if io in self.igo_entity:
                return [(self.igo_entity[io], start, end, False, '')]
            return None
        if upstream.startswith('iso3:'):
            return [(self.territory_id(upstream[5:]), start, end, False, '')]
        if upstream in ('isonum:530', 'ieadb-country:Netherlands Antilles'):
            return [(self.territory_id('ANT'), start, end, False, '')]
        return None

    def territory_id(self, iso3):
        self.territories_wanted.add(iso3)
        return ('state:%s' if iso3 in ('PSE', 'VAT') else 'territory:%s') % iso3

    def emit_spells(self, file, rid_base, kind, upstream, target, start, end, censored_until, attrs, sources,
                    unknown_rule):
        """Resolve the actor, split where needed and add the relation pieces."""
        pieces = self.resolve_party(upstream, start, end, frg_coded=file in FRG_CODED_FILES)
        if pieces is None:
            self.report.drop(file, unknown_rule)
            return 0
        added = 0
        for i, (entity, s, t, cut, note) in enumerate(pieces):
            a = OrderedDict(attrs)
            if not t and censored_until:
                a['observed_until'] = censored_until
            rid = rid_base if len(pieces) == 1 else '%s-p%d' % (rid_base, i + 1)
            if self.add_relation(file, rid, kind, entity, target, s, t, a, sources, note):
                added += 1
        if len(pieces) > 1:
            self.report.note(file, 'spells split between predecessor and successor states')
        if upstream == 'cow:255' and any(p[0] == 'state:cow-gfr' for p in pieces):
            self.report.note(file, 'spell coded as Germany (255) given to West Germany before 1990-10-03')
        return added

    # ---- states ----------------------------------------------------------------------------
    def derive_states(self):
        file = 'entities_cow_states.csv'
        states = read_csv(self.path('cow-states-v2024', 'states.csv'))
        spells = defaultdict(list)
        for r in read_csv(self.path('cow-states-v2024', 'state_system_spells.csv')):
            spells[r['ccode']].append(r)
        iso_names = {r['iso3']: r for r in read_csv(self.path('country-codes', 'countries_iso3166.csv'))}
        self.iso_names = iso_names
        for r in sorted(states, key=lambda r: int(r['ccode'])):
            code, iso3 = r['ccode'], r['iso3']
            if code == '327':
                iso3 = ''  # the Papal States; the Holy See is a separate entity
            if code == '345':
                # Serbia: curated? otherwise derived below with the Yugoslav period split off.
                pass
            eid = 'state:%s' % iso3 if iso3 else 'state:cow-%s' % r['stateabb'].lower()
            self.state_of_cow[code] = eid
            spell_list = spells[code]
            region = r['un_region'] or r['continent'] or self.region_of_code(int(code))
            first = spell_list[0]['start_date']
            last = spell_list[-1]
            censored = last['end_censored'] == '1'
            start = '' if first == '1816-01-01' else first
            end = '' if censored else last['end_date']
            if code == '345':
                start, end = spell_list[0]['start_date'], ''
            if code == '365':
                start = ''
            spans = '; '.join('%s to %s' % (s['start_date'], 'the end of the data (2024)' if s['end_censored'] == '1'
                                            else s['end_date']) for s in spell_list)
            if eid in self.curated_ids:
                self.report.note(file, 'COW state already curated (referenced, not redefined)')
                continue
            if iso3:
                iso = iso_names.get(iso3)
                iso_name = iso['name'] if iso else ''
                name = STATE_NAME_OVERRIDES.get(iso3)
                if not name:
                    name = iso_name if iso_name and ',' not in iso_name and '(' not in iso_name else r['name']
                aliases = [r['name'], iso_name, iso3]
                what = 'Sovereign state'
                if code == '345':
                    desc = ('Sovereign state; independent from 1878 and again since the separation of Montenegro on '
                            '2006-06-03. In between it was part of Yugoslavia (state:cow-yug), which the Correlates '
                            'of War state list codes under the same number (345).')
                else:
                    desc = '%s; member of the Correlates of War interstate system %s.' % (what, spans.replace(
                        '1816-01-01 to', 'the start of the data (1816) to'))
                self.add_entity(file, eid, 'actor', 'state', [name], aliases, desc, region=region,
                                start=start, end=end, sources='cow-states-v2024|countrycode-1.8')
            else:
                name, aliases = STATE_NAMES.get(code, (r['name'], []))
                desc = ('Historical state; member of the Correlates of War interstate system %s.' % spans).replace(
                    '1816-01-01 to', 'the start of the data (1816) to')
                desc = STATE_DESCRIPTIONS.get(code, desc)
                if code == '347':
                    desc = ('State that declared independence in 2008; member of the Correlates of War interstate '
                            'system since 2008-02-20.')
                self.add_entity(file, eid, 'actor', 'state', [name], aliases + [r['name']], desc,
                                region=region, start=start, end=end, sources='cow-states-v2024')
        self.territories_wanted.add('VAT')  # the later rows of COW code 327
        for eid, d in EXTRA_STATES.items():
            self.add_entity(file, eid, 'actor', 'state', [d['name']], d['aliases'], d['description'],
                            region=d['region'], start=d['start'], end=d['end'], sources=d['sources'])
        self.report.note(file, 'COW codes', len(states))

    @staticmethod
    def region_of_code(c):
        if c < 200:
            return 'Americas'
        if c < 400:
            return 'Europe'
        if c < 630:
            return 'Africa'
        if c < 900:
            return 'Asia'
        return 'Oceania'

    def derive_territories(self):
        """Non-COW treaty parties (territories, Palestine, the Holy See), named from ISO 3166."""
        file = 'entities_cow_states.csv'
        special = {
            'ANT': ('Netherlands Antilles', 'Americas', '', '2010-10-10',
                    'Former autonomous country of the Kingdom of the Netherlands in the Caribbean, dissolved in 2010.'),
            'VAT': ('Holy See', 'Europe', '', '', 'Sovereign entity of the Pope, seated in Vatican City; a party to '
                    'treaties in its own right and a permanent observer at the United Nations.'),
            'PSE': ('Palestine', 'Asia', '', '', 'State recognised by many UN members and a non-member observer State '
                    'at the United Nations since 2012; a party to treaties in its own right.'),
            'COK': (None, None, '', '', 'Self-governing island state in free association with New Zealand that '
                    'concludes treaties in its own right.'),
            'NIU': (None, None, '', '', 'Self-governing island state in free association with New Zealand that '
                    'concludes treaties in its own right.'),
        }
        for iso3 in sorted(self.territories_wanted):
            eid = self.territory_id(iso3)
            if eid in self.curated_ids or eid in self.entities:
                continue
            row = self.iso_names.get(iso3)
            name, region, start, end, desc = special.get(iso3, (None, None, '', '', None))
            if row:
                name = name or STATE_NAME_OVERRIDES.get(iso3) or row['name']
                region = region or row['region']
            if not name:
                fail('no name for territory %s' % iso3)
            if not desc:
                desc = 'Territory that takes part in some international agreements on its own.'
            category = 'state' if eid.startswith('state:') else 'territory'
            aliases = [row['name'], iso3] if row else [iso3]
            self.add_entity(file, eid, 'actor', category, [name], aliases, desc, region=region or '',
                            start=start, end=end, sources='lukes-iso3166')

    # ---- COW IGO ---------------------------------------------------------------------------
    def derive_igos(self):
        file = 'entities_cow_igo.csv'
        igos = read_csv(self.path('cow-igo-v3', 'igos.csv'))
        self.igo_rows = {r['ioname']: r for r in igos}
        for r in sorted(igos, key=lambda r: r['ioname'].lower()):
            io = r['ioname']
            if io in CURATED_IGOS:
                self.igo_entity[io] = CURATED_IGOS[io][0]
                self.report.note(file, 'COW IGO mapped onto a curated entity')
                continue
            eid = 'org:cow-%s' % io.lower()
            self.igo_entity[io] = eid
            if io in IGO_NAMES:
                name, aliases = IGO_NAMES[io]
            else:
                name, aliases = self.parse_igo_name(r['long_name'])
            start, end = r['start_year'], r['end_year']
            desc = 'Intergovernmental organisation in the Correlates of War IGO dataset, founded in %s' % start
            if end:
                how = ''
                if r['replaced'] == '1':
                    how = ' and replaced by a successor'
                elif r['integrated'] == '1':
                    how = ' by integration into another organisation'
                desc += '; it ended in %s%s' % (end, how)
            desc += '.'
            self.add_entity(file, eid, 'organisation', 'igo', [name, '%s (%s)' % (name, start)], aliases, desc,
                            start=start, end=end, sources='cow-igo-v3')

    @staticmethod
    def parse_igo_name(long_name):
        text = clean(long_name)
        aliases = []
        m = re.match(r'^(.*?)\s*\(([^()]+)\)$', text)
        if m and re.match(r'^[A-Z][A-Za-z0-9&.\- ]{1,14}$', m.group(2)):
            text, abbr = m.group(1), m.group(2)
            aliases.append(abbr)
        return text, aliases

    def derive_igo_memberships(self):
        file = 'relations_cow_igo.csv'
        rows = read_csv(self.path('cow-igo-v3', 'igo_memberships.csv'))
        rows.sort(key=lambda r: (r['ioname'].lower(), int(r['ccode']), int(r['start_year']), r['status']))
        corrections = {('260', 'UN'): '1973-09-18', ('265', 'UN'): '1973-09-18'}
        for r in rows:
            io, code = r['ioname'], r['ccode']
            target = self.igo_entity[io]
            kind = CURATED_IGOS.get(io, (None, 'member_of'))[1]
            status = r['status']
            if kind == 'party_to' and status != 'full':
                self.report.drop(file, 'GATT/NAFTA associate or observer (not a contracting party)')
                continue
            censored = r['end_censored'] == '1'
            start, end = r['start_year'], ('' if censored else r['end_year'])
            attrs = OrderedDict(role='contracting party' if kind == 'party_to' else status)
            sources = ['cow-igo-v3']
            note = ''
            if (code, io) in corrections:
                attrs['cow_start'] = start
                start = corrections[(code, io)]
                sources.append('un-members')
                note = 'COW codes both German states in the UN from 1965; the UN admitted them on 1973-09-18.'
                self.report.note(file, 'start corrected (GFR/GDR admitted to the UN in 1973)')
            rid = 'rel:cowigo-%s-%s-%s' % (code, io.lower(), r['start_year'])
            n = self.emit_spells(file, rid, kind, 'cow:' + code, target, start, end,
                                 OBSERVED_UNTIL['cow-igo-v3'] if censored else '', attrs, sources,
                                 'state code unknown')
            if note and n:
                self.relations[-1]['note'] = note

    def derive_igo_successions(self):
        file = 'relations_links.csv'
        for pred, succ, date in IGO_SUCCESSIONS:
            a, b = self.igo_entity[pred], self.igo_entity[succ]
            self.add_relation(file, 'rel:cowigo-succession-%s-%s' % (pred.lower(), succ.lower()), 'succeeded_by',
                              a, b, date, '', {}, ['cow-igo-v3'],
                              'COW codes the predecessor as replaced; the successor is named by hand.')

    # ---- ATOP ------------------------------------------------------------------------------
    def derive_atop(self):
        efile, rfile = 'entities_atop.csv', 'relations_atop.csv'
        alliances = read_csv(self.path('atop-v4.01', 'alliances.csv'))
        self.atop_entity = {}
        state_names = {}
        for r in read_csv(self.path('cow-states-v2024', 'states.csv')):
            state_names[r['ccode']] = r['name']
        for r in sorted(alliances, key=lambda r: int(r['atopid'])):
            aid = r['atopid']
            if aid in ATOP_CURATED:
                self.atop_entity[aid] = ATOP_CURATED[aid]
                self.report.note(efile, 'ATOP alliance mapped onto a curated treaty')
                continue
            eid = 'treaty:atop-%s' % aid
            self.atop_entity[aid] = eid
            year = r['start_year']
            if aid in ATOP_NAMES:
                name, aliases = ATOP_NAMES[aid]
                self.report.note(efile, 'ATOP alliance named by hand')
            else:
                name, aliases = 'Alliance %s (%s)' % (aid, year), []
            obligations = [label for key, label in (('defense', 'defence'), ('offense', 'offence'),
                                                    ('neutral', 'neutrality'), ('nonagg', 'non-aggression'),
                                                    ('consul', 'consultation')) if r[key] == '1']
            members = [self.member_name(c, state_names, int(year)) for c in r['member_ccodes'].split()]
            kind = 'Bilateral alliance' if r['bilateral'] == '1' else 'Alliance'
            desc = '%s of %s, coded in ATOP (v4.01) with %s obligations; in force %s%s.' % (
                kind, join_names(members), join_names(obligations) or 'no listed',
                years(r['start_date'], r['end_date']),
                ' (still in force when the data end in 2016)' if r['in_effect_at_data_end'] == '1' else '')
            self.add_entity(efile, eid, 'treaty', 'alliance', [name], aliases + ['ATOP %s' % aid], desc,
                            start=r['start_date'], end=r['end_date'], sources='atop-v4.01')
        rows = read_csv(self.path('atop-v4.01', 'alliance_memberships.csv'))
        rows.sort(key=lambda r: (int(r['atopid']), int(r['ccode']), int(r['phase'] or 0), r['start_date']))
        for r in rows:
            target = self.atop_entity[r['atopid']]
            censored = r['end_censored'] == '1'
            attrs = OrderedDict([('defense', r['defense']), ('offense', r['offense']), ('neutrality', r['neutral']),
                                 ('nonaggression', r['nonagg']), ('consultation', r['consul']),
                                 ('phase', r['phase']), ('atop_id', r['atopid'])])
            rid = 'rel:atop-%s-%s-%s' % (r['atopid'], r['ccode'], r['phase'] or '0')
            self.emit_spells(rfile, rid, 'party_to', r['source_id'], target, r['start_date'],
                             '' if censored else r['end_date'], OBSERVED_UNTIL['atop-v4.01'] if censored else '',
                             attrs, ['atop-v4.01'], 'member is not a COW state (ATOP code %s)' % r['ccode']
                             if not r['state_abb'] else 'state code unknown')
        for aid, io, year in ATOP_ESTABLISHES:
            self.add_relation('relations_links.csv', 'rel:atop-establishes-%s-%s' % (aid, io.lower()), 'establishes',
                              self.atop_entity[aid], self.igo_entity[io], year, '', {},
                              ['atop-v4.01', 'cow-igo-v3'], 'Link between the treaty and the organisation made by hand.')

    def member_name(self, code, state_names, year=None):
        if code == '255' and year is not None and year < 1871:
            return 'Prussia'  # COW codes Prussia and Germany as one state (255)
        if code == '300' and year is not None and year < 1867:
            return 'Austria'  # COW codes the Austrian Empire and Austria-Hungary as one state (300)
        eid = self.state_of_cow.get(code)
        if code in STATE_SPLITS:
            return state_names.get(code, code)
        if eid and eid in self.entities:
            return self.entities[eid]['_names'][0]
        if eid and eid in self.name_of:
            return self.name_of[eid]
        return state_names.get(code, 'a polity outside the COW state list')

    # ---- IEADB + GGO -----------------------------------------------------------------------
    def derive_env_treaties(self):
        efile, rfile = 'entities_ieadb_ggo.csv', 'relations_ieadb_ggo.csv'
        iea = {r['iea_id']: r for r in read_csv(self.path('ieadb-environmental-agreements', 'agreements.csv'))}
        for a in iea.values():
            for col in ('signature_date', 'entry_into_force_date', 'termination_date'):
                if a[col] and int(a[col][:4]) > 2100:
                    self.report.note(efile, 'IEADB placeholder date (2599/2899/2999) treated as missing')
                    a[col] = ''
                elif a[col] and a[col].startswith('0000'):
                    self.report.note(efile, 'IEADB placeholder date 0000-00-00 treated as missing')
                    a[col] = ''
        ggo = read_csv(self.path('ggo-huggo-treaty-memberships', 'agreements.csv'))
        self.treaty_of_iea, self.treaty_of_ggo = {}, {}
        iea_by_title = {}
        for num, a in iea.items():
            iea_by_title.setdefault((clean(a['name']).lower(), a['signature_date']), num)
        ggo_iea = {}
        for g in ggo:
            gid = g['treaty_id'][4:]
            num = g['iea_id'][4:] if g['iea_id'].startswith('IEA-') else GGO_EXTRA_IEA.get(gid, '')
            if not num and g['signature_date']:
                num = iea_by_title.get((clean(g['name']).lower(), g['signature_date']), '')
                if num:
                    self.report.note(efile, 'GGO agreement matched to IEADB by title and signature date')
            if num and num in iea:
                ggo_iea[gid] = num
        ggo_of_iea = defaultdict(list)
        for gid, num in ggo_iea.items():
            ggo_of_iea[num].append(gid)
        for num in sorted(iea, key=int):
            a = iea[num]
            if num in IEA_CURATED:
                self.treaty_of_iea[num] = IEA_CURATED[num]
                self.report.note(efile, 'IEADB agreement mapped onto a curated treaty')
                continue
            eid = 'treaty:iea-%s' % num
            self.treaty_of_iea[num] = eid
            name = clean(a['name'])
            date = a['signature_date'] or a['entry_into_force_date']
            sources = 'ieadb-2021-01' + ('|ggo-huggo-2024' if num in ggo_of_iea else '')
            kind = 'Multilateral' if a['inclusion'] == 'MEA' else 'Bilateral'
            desc = '%s environmental agreement in the IEA Database%s%s%s.' % (
                kind, ', signed %s' % a['signature_date'] if a['signature_date'] else '',
                ', in force from %s' % a['entry_into_force_date'] if a['entry_into_force_date'] else '',
                ', terminated %s' % a['termination_date'] if a['termination_date'] else '')
            self.add_entity(efile, eid, 'treaty', 'environmental',
                            [name, '%s (%s)' % (name, date[:4]) if date else name, '%s (%s)' % (name, date),
                             '%s (IEA %s)' % (name, num)], [],
                            desc, start=a['signature_date'] or a['entry_into_force_date'],
                            end=a['termination_date'], sources=sources)
        for g in sorted(ggo, key=lambda g: g['treaty_id']):
            gid = g['treaty_id'][4:]
            if gid in GGO_CURATED:
                self.treaty_of_ggo[gid] = GGO_CURATED[gid]
                self.report.note(efile, 'GGO agreement mapped onto a curated treaty')
                continue
            if gid in ggo_iea:
                self.treaty_of_ggo[gid] = self.treaty_of_iea[ggo_iea[gid]]
                self.report.note(efile, 'GGO agreement merged with its IEADB agreement')
                continue
            eid = 'treaty:ggo-%s' % slug(gid.replace('~', '-'))
            self.treaty_of_ggo[gid] = eid
            name = clean(g['name'])
            n = int(g['n_parties_ever'] or 0)
            desc = '%s agreement in the GGO/HUGGO treaty-membership data%s%s%s.' % (
                'Bilateral' if n and n <= 2 else 'Multilateral',
                ', signed %s' % g['signature_date'] if g['signature_date'] else '',
                ', in force from %s' % g['entry_into_force_date'] if g['entry_into_force_date'] else '',
                ', ended %s' % g['end_date'] if g['end_date'] else '')
            if 'London Version' in name:
                desc += ' GGO records the parties at the London depositary only.'
            date = g['signature_date'] or g['entry_into_force_date']
            self.add_entity(efile, eid, 'treaty', 'bilateral' if n and n <= 2 else 'multilateral',
                            [name, '%s (%s)' % (name, date[:4]) if date else name, '%s (%s)' % (name, date),
                             '%s (GGO %s)' % (name, gid)], [], desc,
                            start=g['signature_date'] or g['entry_into_force_date'], end=g['end_date'],
                            sources='ggo-huggo-2024')
        # Participation: GGO (hand-verified) wins where both have the same party and treaty.
        ggo_spells = defaultdict(list)
        for r in read_csv(self.path('ggo-huggo-treaty-memberships', 'memberships.csv')):
            if r['status'] != 'party':
                self.report.drop(rfile, 'GGO: signature only, never a party')
                continue
            party = GGO_ORG_PARTIES.get(r['source_id'], r['source_id'])
            if party.startswith('ggo-party:'):
                self.report.drop(rfile, 'GGO: party is a sub-national unit')
                continue
            ggo_spells[(party, self.treaty_of_ggo[r['target_id'][4:]])].append(r)
        iea_spells = defaultdict(list)
        for r in read_csv(self.path('ieadb-environmental-agreements', 'memberships.csv')):
            if r['status'] == 'signatory':
                self.report.drop(rfile, 'IEADB: signature only, never a party')
                continue
            iea_spells[(r['source_id'], self.treaty_of_iea[r['iea_id']])].append(r)
        keys = sorted(set(ggo_spells) | set(iea_spells))
        for key in keys:
            party, treaty = key
            g_rows = sorted(ggo_spells.get(key, []), key=lambda r: (int(r['spell']), r['start_date'], r['target_id']))
            i_rows = sorted(iea_spells.get(key, []), key=lambda r: (int(r['spell']), r['start_date']))
            # The same party twice for one treaty (several GGO titles, org codes): keep the first spell set.
            if g_rows:
                first_target = g_rows[0]['target_id']
                dup = [r for r in g_rows if r['target_id'] != first_target]
                if dup:
                    self.report.drop(rfile, 'GGO: same party and treaty under a second GGO title', len(dup))
                g_rows = [r for r in g_rows if r['target_id'] == first_target]
                seen = set()
                uniq = []
                for r in g_rows:
                    k = (r['spell'], r['start_date'])
                    if k in seen:
                        self.report.drop(rfile, 'GGO: duplicate row (same party, treaty and spell)')
                        continue
                    seen.add(k)
                    uniq.append(r)
                g_rows = uniq
            if g_rows and i_rows:
                self.report.note(rfile, 'party-treaty pairs in both GGO and IEADB (one relation, both cited)')
            rows = g_rows or i_rows
            source_keys = (['ggo-huggo-2024'] if g_rows else []) + (['ieadb-2021-01'] if i_rows else [])
            for idx, r in enumerate(rows):
                attrs = OrderedDict()
                if g_rows:
                    attrs['status'] = 'party'
                    attrs['signed'] = r['signature_date']
                    attrs['ratified'] = r['ratification_date']
                    attrs['in_force'] = r['entry_into_force_date']
                    attrs['withdrawn'] = r['withdrawal_date'] if r['end_basis'] == 'country_exit' else ''
                    if i_rows and idx < len(i_rows) and i_rows[idx]['start_date'] != r['start_date']:
                        attrs['ieadb_start'] = i_rows[idx]['start_date']
                        self.report.note(rfile, 'GGO and IEADB disagree on the start (GGO kept, IEADB date as attribute)')
                    if treaty == 'treaty:npt':
                        attrs['depositary'] = 'London'
                    source = 'ggo-huggo-2024'
                else:
                    attrs['status'] = 'party' if r['status'] == 'party' else 'ratified, no entry-into-force date'
                    attrs['signed'] = r['signature_date']
                    attrs['ratified'] = r['ratification_date']
                    attrs['withdrawn'] = r['end_date'] if r['end_basis'] == 'country_exit' else ''
                    source = 'ieadb-2021-01'
                if r['end_basis'] == 'treaty_terminated':
                    attrs['treaty_terminated'] = r['end_date']
                end = r['end_date']
                if end and not ordered(r['start_date'], end) and r['end_basis'] == 'treaty_terminated':
                    self.report.note(rfile, 'treaty termination date before the party joined: ignored (end left empty)')
                    end = ''
                    attrs.pop('treaty_terminated', None)
                rid = 'rel:%s-%s-%s-%s' % ('ggo' if g_rows else 'iea', slug(party), treaty.split(':')[1], r['spell'])
                note = ''
                if treaty == 'treaty:npt':
                    note = 'GGO/HUGGO records the parties at the London depositary only.'
                n_before = len(self.relations)
                self.emit_spells(rfile, rid, 'party_to', party, treaty, r['start_date'], end,
                                 OBSERVED_UNTIL[source] if not end else '', attrs, source_keys,
                                 'party not resolvable to an entity (%s)' % party.split(':')[0])
                if note:
                    for rel in self.relations[n_before:]:
                        rel['note'] = (rel['note'] + ' ' + note).strip()

    # ---- DESTA -----------------------------------------------------------------------------
    def derive_desta(self):
        efile, rfile = 'entities_desta.csv', 'relations_desta.csv'
        agreements = read_csv(self.path('desta-trade-agreements', 'agreements.csv'))
        self.treaty_of_desta = {}
        kept = {}
        for a in sorted(agreements, key=lambda a: a['desta_number']):
            num = a['desta_number']
            if a['entry_type'] != 'base_treaty':
                self.report.drop(efile, 'DESTA entry is not a base treaty (%s)' % a['entry_type'])
                continue
            if not a['entry_into_force_year']:
                self.report.drop(efile, 'DESTA base treaty without an entry-into-force year')
                continue
            if num in DESTA_CURATED:
                self.treaty_of_desta[num] = DESTA_CURATED[num]
                self.report.note(efile, 'DESTA agreement mapped onto a curated treaty')
                continue
            kept[num] = a
            eid = 'treaty:desta-%s' % num
            self.treaty_of_desta[num] = eid
            name = clean(a['name'])
            year = a['signature_year']
            if not re.search(r'agreement|treaty|area|market|community|union|partnership|association|arrangement|'
                             r'convention|protocol|pact|zone|\bFTA\b|\bPTA\b|\bSAA\b|\bEPA\b|cooperation|council|'
                             r'system|integration|accord', name, re.I):
                name = '%s trade agreement' % name
            n = int(a['n_listed_members'] or 0)
            desc = 'Preferential trade agreement in the DESTA database among %d listed parties, signed in %s and in ' \
                   'force from %s (region: %s).' % (n, year, a['entry_into_force_year'], a['region'] or 'not given')
            self.add_entity(efile, eid, 'treaty', 'trade-agreement',
                            ['%s (%s)' % (name, year), '%s (%s, DESTA %s)' % (name, year, num)], [], desc,
                            start=year, sources='desta-2025-05')
        rows = read_csv(self.path('desta-trade-agreements', 'founding_parties.csv'))
        by_number = {a['treaty_id']: a for a in agreements}
        rows.sort(key=lambda r: (int(r['target_id'][6:].split('+')[0]), r['source_id']))
        for r in rows:
            num = r['target_id'][6:]
            a = by_number[r['target_id']]
            if num not in self.treaty_of_desta:
                self.report.drop(rfile, 'DESTA founding party of a treaty left out (no entry-into-force year)')
                continue
            if r['source_id'] == 'isonum:900':
                self.report.drop(rfile, 'DESTA party code 900 (no country)')
                continue
            attrs = OrderedDict([('role', 'founding'), ('signed', a['signature_year']),
                                 ('in_force', a['entry_into_force_year']), ('end_status', 'not tracked by DESTA')])
            rid = 'rel:desta-%s-%s' % (num, slug(r['source_id']))
            self.emit_spells(rfile, rid, 'party_to', r['source_id'], self.treaty_of_desta[num],
                             a['entry_into_force_year'], '', '', attrs, ['desta-2025-05'],
                             'party not resolvable to an entity')

    # ---- parties ---------------------------------------------------------------------------
    def derive_parties(self):
        efile, rfile = 'entities_parties.csv', 'relations_parties.csv'
        families = {r['code']: r['label'] for r in read_csv(self.path('parties-parlgov-partyfacts', 'party_families.csv'))}
        pf_rows = read_csv(self.path('parties-parlgov-partyfacts', 'partyfacts_core_parties.csv'))
        pf = {r['partyfacts_id']: r for r in pf_rows}
        pg = read_csv(self.path('parties-parlgov-partyfacts', 'parlgov_parties.csv'))
        iso2 = {r['iso3']: r['iso2'] for r in self.iso_names.values()}
        plan = []  # (entity id, curated?, record)
        for r in sorted(pg, key=lambda r: int(r['parlgov_id'])):
            p = pf.get(r['partyfacts_id'])
            plan.append(('parlgov', r, p))
        pf_wanted = set(PARTYFACTS_COUNTRIES)
        for r in sorted(pf_rows, key=lambda r: int(r['partyfacts_id'])):
            if r['country_iso3'] not in pf_wanted:
                continue
            if '[no-party]' in r['name'] or '[no-party]' in r['name_english']:
                self.report.drop(efile, 'Party Facts entry marked [no-party] (faction or clique)')
                continue
            plan.append(('pf', r, r))
        for origin, r, p in plan:
            country_upstream = r['country_state_id']
            c_iso3 = r['country_iso3']
            wikidata = p['wikidata_id'] if p else ''
            start = p['year_first'] if p else ''
            end = p['year_last'] if p else ''
            if start and end and int(end) < int(start):
                end = ''
            pieces = self.resolve_party(country_upstream, start, end) if country_upstream else None
            if not pieces:
                self.report.drop(efile, 'party country not resolvable to a state')
                continue
            country = pieces[-1][0]
            if origin == 'parlgov':
                eid = PARLGOV_CURATED.get(r['parlgov_id']) or 'party:%s-parlgov-%s' % (
                    iso2.get(c_iso3, c_iso3).lower(), r['parlgov_id'])
                names_en = [clean(x) for x in r['name_english'].split('|') if clean(x)]
                native = [clean(x) for x in r['name'].split('|') if clean(x)]
                shorts = [clean(x) for x in r['name_short'].split('|') if clean(x)]
                family = r['family']
                attrs = OrderedDict([('family', families.get(family, '') if family != 'code' else ''),
                                     ('family_code', family if family != 'code' else ''),
                                     ('parlgov_id', r['parlgov_id']), ('partyfacts_id', r['partyfacts_id']),
                                     ('wikidata', wikidata),
                                     ('parlgov_first_year', r['first_year']), ('parlgov_last_year', r['last_year'])])
                sources = ['parlgov-2024'] + (['partyfacts-2024-03'] if p else [])
                fam_text = ('; ParlGov family: %s' % families[family].lower()) if family not in ('code', 'none', '') \
                    and family in families else ''
                desc = 'Political party in %s%s; in national elections or cabinets %s to %s (ParlGov).' % (
                    self.name_of.get(country, country), fam_text, r['first_year'], r['last_year'])
            else:
                eid = PARTYFACTS_CURATED.get(r['partyfacts_id']) or 'party:%s-pf-%s' % (
                    iso2.get(c_iso3, c_iso3).lower(), r['partyfacts_id'])
                names_en = [clean(r['name_english'])] if r['name_english'] else [clean(r['name'])]
                native = [clean(r['name'])]
                shorts = [clean(x) for x in r['name_short'].split('/') if clean(x)]
                attrs = OrderedDict([('partyfacts_id', r['partyfacts_id']), ('wikidata', wikidata)])
                sources = ['partyfacts-2024-03']
                desc = 'Political party in %s listed in Party Facts%s.' % (
                    self.name_of.get(country, country),
                    ', active %s' % years(start, end) if start else '')
            if wikidata:
                desc += ' Wikidata: %s.' % wikidata
            curated = eid in self.curated_ids
            if not curated:
                if eid in self.entities:
                    self.report.drop(efile, 'party listed twice')
                    continue
                base = names_en[-1]
                cname = self.name_of.get(country, country)
                cands = [base, '%s (%s)' % (base, cname)]
                if start:
                    cands.append('%s (%s, %s)' % (base, cname, start))
                cands.append('%s (%s, %s)' % (base, cname, eid.split(':')[1]))
                self.add_entity(efile, eid, 'actor', 'party', cands, names_en[:-1] + native + shorts, desc,
                                country=country, start=start, end=end, sources='|'.join(sources))
            else:
                self.report.note(efile, 'party already curated (referenced, based_in added)')
            for i, (state, s, t, cut, note) in enumerate(pieces):
                rid = 'rel:based-in-%s' % eid.split(':')[1] + ('' if len(pieces) == 1 else '-p%d' % (i + 1))
                if origin == 'parlgov' and r['parlgov_id'] == '659':
                    note = (note + ' ParlGov codes the Liberal Party and the Liberal Democrats as one party.').strip()
                self.add_relation(rfile, rid, 'based_in', eid, state, s, t, attrs, sources, note)

    # ---- output ----------------------------------------------------------------------------
    def check_references(self):
        known = set(self.curated_ids) | set(self.entities)
        for e in self.entities.values():
            if e['country'] and e['country'] not in known:
                fail('%s: country %s is not an entity' % (e['id'], e['country']))
        for r in self.relations:
            for end in ('source', 'target'):
                if r[end] not in known:
                    fail('%s: %s %s is not an entity' % (r['id'], end, r[end]))

    def write(self):
        os.makedirs(self.out, exist_ok=True)
        written = OrderedDict()

        def dump(name, header, rows):
            path = os.path.join(self.out, name)
            with open(path, 'w', newline='', encoding='utf-8') as f:
                w = csv.writer(f, lineterminator='\n')
                w.writerow(header)
                for row in rows:
                    w.writerow([row.get(h, '') for h in header])
            written[name] = len(rows)

        dump('sources_derived.csv', ['key', 'title', 'publisher', 'url', 'version', 'accessed'],
             [dict(key=k, title=t, publisher=p, url=u, version=v, accessed=ACCESSED) for k, t, p, u, v in SOURCES])
        eh = ['id', 'kind', 'category', 'name', 'aliases', 'description', 'region', 'country', 'start', 'end', 'sources']
        by_file = defaultdict(list)
        for e in self.entities.values():
            by_file[e['_file']].append(e)
        for name in sorted(by_file):
            dump(name, eh, sorted(by_file[name], key=lambda e: e['id']))
        rh = ['id', 'kind', 'source', 'target', 'start', 'end', 'attributes', 'sources', 'note']
        by_file = defaultdict(list)
        for r in self.relations:
            by_file[r['_file']].append(r)
        for name in sorted(by_file):
            dump(name, rh, sorted(by_file[name], key=lambda r: r['id']))
        return written

    def run(self):
        self.load_curated()
        self.derive_states()
        self.derive_igos()
        self.derive_igo_memberships()
        self.derive_igo_successions()
        self.derive_atop()
        self.derive_env_treaties()
        self.derive_desta()
        self.derive_territories()
        self.derive_parties()
        # A derived treaty or organisation that nothing refers to is left out (counted).
        used = set()
        for r in self.relations:
            used.add(r['source'])
            used.add(r['target'])
        for eid in list(self.entities):
            e = self.entities[eid]
            if e['kind'] == 'treaty' and eid not in used:
                self.report.drop(e['_file'], 'treaty without any participation left')
                del self.entities[eid]
        self.assign_names()
        self.check_references()
        return self.write()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--shared', required=True, help='folder of the shared dataset extracts')
    ap.add_argument('--out', required=True, help='folder of the default dataset tables')
    args = ap.parse_args()
    d = Deriver(args.shared, args.out)
    written = d.run()
    print('Tables written to %s:' % args.out)
    for name, n in written.items():
        print('  %-28s %6d rows' % (name, n))
    kinds = Counter(e['kind'] for e in d.entities.values())
    cats = Counter(e['category'] for e in d.entities.values())
    rkinds = Counter(r['kind'] for r in d.relations)
    dated = sum(1 for r in d.relations if r['start'])
    print('Derived entities by kind: %s' % ', '.join('%s %d' % kv for kv in sorted(kinds.items())))
    print('Derived entities by category: %s' % ', '.join('%s %d' % kv for kv in sorted(cats.items())))
    print('Derived relations by kind: %s (dated: %d)' % (', '.join('%s %d' % kv for kv in sorted(rkinds.items())), dated))
    print('Rows dropped, by rule:')
    for (table, rule), n in d.report.dropped.items():
        print('  %-26s %6d  %s' % (table, n, rule))
    print('Other counts:')
    for (table, what), n in d.report.notes.items():
        print('  %-26s %6d  %s' % (table, n, what))


if __name__ == '__main__':
    main()
