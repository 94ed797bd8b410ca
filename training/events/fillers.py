"""Slot fillers for the corpus frames: countries, actors by sector, places, people, numbers.

Why: the frames fix the wording of an event; these tables vary who does it, to whom and where,
so that no actor, country or place predicts a label. Every name of a person, party, company or
armed group here is invented for this project; countries, capitals and cities are real.

``fill(kind, rel, other, used, rng)`` returns an ``Entity`` (text, ISO 3166 alpha-3 or IGO code,
sector). ``rel`` ties a slot to another one: ``@x`` same country as slot x (bare forms such as
"police" allowed: the country then comes from the sentence's context), ``!x`` another country,
``~`` a bare form with no country.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

# iso3|name|adjective|capital|other cities|name pool|legislature (optional)
COUNTRIES_TABLE = """
AFG|Afghanistan|Afghan|Kabul|Kandahar,Herat,Jalalabad|per|
ALB|Albania|Albanian|Tirana|Durres,Shkoder|sla|
DZA|Algeria|Algerian|Algiers|Oran,Constantine|ara|
AGO|Angola|Angolan|Luanda|Huambo,Benguela|lat|
ARG|Argentina|Argentine|Buenos Aires|Cordoba,Rosario,Mendoza|lat|
ARM|Armenia|Armenian|Yerevan|Gyumri,Vanadzor|per|
AUS|Australia|Australian|Canberra|Sydney,Melbourne,Perth|ang|
AZE|Azerbaijan|Azerbaijani|Baku|Ganja,Sumgait|tur|
BGD|Bangladesh|Bangladeshi|Dhaka|Chittagong,Khulna,Sylhet|sas|Jatiya Sangsad
BLR|Belarus|Belarusian|Minsk|Gomel,Brest|sla|
BOL|Bolivia|Bolivian|La Paz|Santa Cruz,Cochabamba|lat|
BRA|Brazil|Brazilian|Brasilia|Sao Paulo,Rio de Janeiro,Recife|lat|National Congress
BFA|Burkina Faso|Burkinabe|Ouagadougou|Bobo-Dioulasso,Djibo|afw|
KHM|Cambodia|Cambodian|Phnom Penh|Siem Reap,Battambang|sea|
CMR|Cameroon|Cameroonian|Yaounde|Douala,Bamenda|afw|
CAN|Canada|Canadian|Ottawa|Toronto,Vancouver,Montreal|ang|House of Commons
TCD|Chad|Chadian|N'Djamena|Abeche,Moundou|afw|
CHL|Chile|Chilean|Santiago|Valparaiso,Concepcion|lat|
CHN|China|Chinese|Beijing|Shanghai,Guangzhou,Wuhan|chn|National People's Congress
COL|Colombia|Colombian|Bogota|Medellin,Cali,Cucuta|lat|
COD|the Democratic Republic of Congo|Congolese|Kinshasa|Goma,Bukavu,Lubumbashi|afe|
CUB|Cuba|Cuban|Havana|Santiago de Cuba,Holguin|lat|
CZE|the Czech Republic|Czech|Prague|Brno,Ostrava|sla|
DNK|Denmark|Danish|Copenhagen|Aarhus,Odense|nor|Folketing
ECU|Ecuador|Ecuadorian|Quito|Guayaquil,Cuenca|lat|
EGY|Egypt|Egyptian|Cairo|Alexandria,Port Said,Aswan|ara|
SLV|El Salvador|Salvadoran|San Salvador|Santa Ana,San Miguel|lat|
ETH|Ethiopia|Ethiopian|Addis Ababa|Mekele,Gondar,Bahir Dar|hor|
FIN|Finland|Finnish|Helsinki|Tampere,Turku|nor|
FRA|France|French|Paris|Marseille,Lyon,Toulouse|fra|National Assembly
GEO|Georgia|Georgian|Tbilisi|Batumi,Kutaisi|per|
DEU|Germany|German|Berlin|Hamburg,Munich,Leipzig|ger|Bundestag
GHA|Ghana|Ghanaian|Accra|Kumasi,Tamale|afw|
GRC|Greece|Greek|Athens|Thessaloniki,Patras|ita|
GTM|Guatemala|Guatemalan|Guatemala City|Quetzaltenango,Escuintla|lat|
HTI|Haiti|Haitian|Port-au-Prince|Cap-Haitien,Gonaives|fra|
HND|Honduras|Honduran|Tegucigalpa|San Pedro Sula,La Ceiba|lat|
HUN|Hungary|Hungarian|Budapest|Debrecen,Szeged|sla|
IND|India|Indian|New Delhi|Mumbai,Kolkata,Chennai,Srinagar|sas|Lok Sabha
IDN|Indonesia|Indonesian|Jakarta|Surabaya,Medan,Makassar|sea|
IRN|Iran|Iranian|Tehran|Isfahan,Mashhad,Tabriz|per|Majlis
IRQ|Iraq|Iraqi|Baghdad|Basra,Mosul,Erbil|ara|
IRL|Ireland|Irish|Dublin|Cork,Galway|ang|Dail
ISR|Israel|Israeli|Jerusalem|Tel Aviv,Haifa,Beersheba|ara|Knesset
ITA|Italy|Italian|Rome|Milan,Naples,Palermo|ita|
CIV|Ivory Coast|Ivorian|Yamoussoukro|Abidjan,Bouake|afw|
JPN|Japan|Japanese|Tokyo|Osaka,Nagoya,Sapporo|jpn|Diet
JOR|Jordan|Jordanian|Amman|Zarqa,Irbid|ara|
KAZ|Kazakhstan|Kazakh|Astana|Almaty,Shymkent|tur|
KEN|Kenya|Kenyan|Nairobi|Mombasa,Kisumu,Nakuru|afe|
XKX|Kosovo|Kosovar|Pristina|Prizren,Mitrovica|sla|
KGZ|Kyrgyzstan|Kyrgyz|Bishkek|Osh,Jalal-Abad|tur|
LBN|Lebanon|Lebanese|Beirut|Tripoli,Sidon,Tyre|ara|
LBY|Libya|Libyan|Tripoli|Benghazi,Misrata,Sirte|ara|
MWI|Malawi|Malawian|Lilongwe|Blantyre,Mzuzu|afe|
MYS|Malaysia|Malaysian|Kuala Lumpur|Penang,Johor Bahru|sea|
MLI|Mali|Malian|Bamako|Timbuktu,Gao,Mopti|afw|
MEX|Mexico|Mexican|Mexico City|Guadalajara,Monterrey,Culiacan|lat|
MDA|Moldova|Moldovan|Chisinau|Balti,Tiraspol|sla|
MAR|Morocco|Moroccan|Rabat|Casablanca,Marrakesh,Fez|ara|
MOZ|Mozambique|Mozambican|Maputo|Beira,Pemba,Nampula|lat|
MMR|Myanmar|Myanmar|Naypyitaw|Yangon,Mandalay,Sittwe|sea|
NPL|Nepal|Nepali|Kathmandu|Pokhara,Biratnagar|sas|
NLD|the Netherlands|Dutch|Amsterdam|Rotterdam,The Hague,Utrecht|ger|
NIC|Nicaragua|Nicaraguan|Managua|Leon,Masaya|lat|
NER|Niger|Nigerien|Niamey|Agadez,Zinder|afw|
NGA|Nigeria|Nigerian|Abuja|Lagos,Kano,Maiduguri,Port Harcourt|afw|National Assembly
PRK|North Korea|North Korean|Pyongyang|Wonsan,Kaesong|kor|
NOR|Norway|Norwegian|Oslo|Bergen,Tromso|nor|Storting
PAK|Pakistan|Pakistani|Islamabad|Karachi,Lahore,Peshawar,Quetta|sas|National Assembly
PSE|the Palestinian territories|Palestinian|Ramallah|Gaza City,Nablus,Hebron,Jenin|ara|
PAN|Panama|Panamanian|Panama City|Colon,David|lat|
PER|Peru|Peruvian|Lima|Arequipa,Cusco,Trujillo|lat|
PHL|the Philippines|Philippine|Manila|Cebu,Davao,Zamboanga|sea|
POL|Poland|Polish|Warsaw|Krakow,Gdansk,Wroclaw|sla|Sejm
PRT|Portugal|Portuguese|Lisbon|Porto,Coimbra|lat|
ROU|Romania|Romanian|Bucharest|Cluj-Napoca,Iasi,Constanta|ita|
RUS|Russia|Russian|Moscow|St Petersburg,Belgorod,Rostov-on-Don,Kursk|sla|Duma
RWA|Rwanda|Rwandan|Kigali|Butare,Gisenyi|afe|
SAU|Saudi Arabia|Saudi|Riyadh|Jeddah,Dammam|ara|
SEN|Senegal|Senegalese|Dakar|Thies,Ziguinchor,Saint-Louis|afw|
SRB|Serbia|Serbian|Belgrade|Novi Sad,Nis|sla|
SOM|Somalia|Somali|Mogadishu|Kismayo,Baidoa,Beledweyne|hor|
ZAF|South Africa|South African|Pretoria|Johannesburg,Cape Town,Durban|afe|
KOR|South Korea|South Korean|Seoul|Busan,Incheon,Daegu|kor|National Assembly
SSD|South Sudan|South Sudanese|Juba|Malakal,Bor,Wau|hor|
ESP|Spain|Spanish|Madrid|Barcelona,Seville,Valencia|lat|Cortes
LKA|Sri Lanka|Sri Lankan|Colombo|Kandy,Jaffna,Galle|sas|
SDN|Sudan|Sudanese|Khartoum|Omdurman,Port Sudan,El Fasher|ara|
SWE|Sweden|Swedish|Stockholm|Gothenburg,Malmo|nor|Riksdag
SYR|Syria|Syrian|Damascus|Aleppo,Homs,Idlib,Deir ez-Zor|ara|
TWN|Taiwan|Taiwanese|Taipei|Kaohsiung,Taichung|chn|Legislative Yuan
TJK|Tajikistan|Tajik|Dushanbe|Khujand,Kulob|per|
TZA|Tanzania|Tanzanian|Dodoma|Dar es Salaam,Arusha,Zanzibar|afe|
THA|Thailand|Thai|Bangkok|Chiang Mai,Pattani,Hat Yai|sea|
TUN|Tunisia|Tunisian|Tunis|Sfax,Sousse|ara|
TUR|Turkey|Turkish|Ankara|Istanbul,Izmir,Diyarbakir|tur|Grand National Assembly
UGA|Uganda|Ugandan|Kampala|Gulu,Mbarara,Jinja|afe|
UKR|Ukraine|Ukrainian|Kyiv|Kharkiv,Odesa,Zaporizhzhia,Dnipro|sla|Verkhovna Rada
ARE|the United Arab Emirates|Emirati|Abu Dhabi|Dubai,Sharjah|ara|
GBR|Britain|British|London|Manchester,Belfast,Glasgow|ang|House of Commons
USA|the United States|U.S.|Washington|New York,Chicago,Houston,Atlanta|ang|Congress
URY|Uruguay|Uruguayan|Montevideo|Salto,Paysandu|lat|
UZB|Uzbekistan|Uzbek|Tashkent|Samarkand,Bukhara|tur|
VEN|Venezuela|Venezuelan|Caracas|Maracaibo,Valencia,Barquisimeto|lat|National Assembly
VNM|Vietnam|Vietnamese|Hanoi|Ho Chi Minh City,Da Nang,Hai Phong|vie|National Assembly
YEM|Yemen|Yemeni|Sanaa|Aden,Hodeidah,Marib,Taiz|ara|
ZMB|Zambia|Zambian|Lusaka|Ndola,Kitwe|afe|
ZWE|Zimbabwe|Zimbabwean|Harare|Bulawayo,Mutare|afe|
"""

# Invented given names and family names by naming tradition (combinations are fictional).
NAMES = {
    "ang": ("James Ellery Mara Daniel Ruth Colin Priya Owen Janet Marcus Helen Gareth",
            "Whitlock Barnard Okafor Hensley Doyle Pryce Carraway Lindqvist Maddox Ashdown"),
    "lat": ("Carlos Lucia Andres Marisol Joao Beatriz Rafael Ines Tomas Paula Esteban Camila",
            "Ferreira Quintana Salcedo Arroyo Mendes Valderrama Ochoa Pacheco Barros Lozano"),
    "ita": ("Marco Elena Dimitris Ioana Stefano Giulia Nikos Mihai Chiara Vasilis",
            "Ferrante Papadakis Lupescu Marchetti Antonescu Galli Karamanlis Rinaldi"),
    "fra": ("Jean-Luc Claire Mathieu Sophie Antoine Nadege Olivier Ketly Remi Odile",
            "Delorme Fontaine Baptiste Mercier Laurent Joseph Girardin Vasseur Desrosiers"),
    "ger": ("Jurgen Anke Matthias Sabine Lars Femke Pieter Katrin Henrik Greta",
            "Brandt Vogel Hofmann de_Vries Keller Janssen Weber Bakker Lindner"),
    "nor": ("Erik Ingrid Magnus Sigrid Mikael Astrid Jonas Liv Anders Maren",
            "Lindahl Haugen Nyberg Dahl Virtanen Solberg Strand Korhonen Berg"),
    "sla": ("Sergei Olga Dmitri Irina Pavel Katarzyna Tomasz Milena Andriy Oksana Bogdan Vesna",
            "Volkov Sokolova Petrenko Kowalczyk Marinov Horvath Bondarenko Novak Lazarev Dragic"),
    "ara": ("Ahmed Fatima Khalid Layla Omar Mariam Youssef Huda Tariq Samira Karim Rania",
            "Haddad al-Masri Mansour Khoury al-Rashid Barakat Nasser Saleh al-Amin Darwish"),
    "tur": ("Mehmet Ayse Emre Zeynep Nurlan Aigerim Rustam Dilnoza Kemal Leyla",
            "Yilmaz Demir Aliyev Karimov Ozturk Nurpeisov Kaya Rahimov Celik Mammadov"),
    "per": ("Reza Maryam Farid Shirin Ahmad Giorgi Nino Hamid Ashot Soraya",
            "Hosseini Karimi Tehrani Beridze Sargsyan Rahmani Ahmadzai Jafari Kapanadze"),
    "sas": ("Rahul Priya Imran Ayesha Sanjay Nusrat Arjun Farhan Lakshmi Bilal Shreya",
            "Sharma Qureshi Chowdhury Perera Iyer Siddiqui Rana Bhattarai Khan Fernando"),
    "chn": ("Wei Lin Jun Mei Hao Xiu Tao Yan Cheng Li",
            "Zhang Liu Chen Wang Huang Zhao Lin Xu Guo Tsai"),
    "jpn": ("Hiroshi Yuki Kenji Aiko Takeshi Naoko Daisuke Emi",
            "Tanaka Suzuki Watanabe Kobayashi Nakamura Yamada Ito Sato"),
    "kor": ("Min-jun Ji-woo Seo-yeon Dong-hyun Hye-jin Sung-ho Eun-ji Jae-won",
            "Kim Park Lee Choi Jung Kang Yoon Han"),
    "vie": ("Minh Lan Tuan Huong Duc Mai Quang Thu",
            "Nguyen Tran Le Pham Hoang Vu Dang Bui"),
    "sea": ("Arif Siti Somchai Malee Ramon Maria Sokha Dara Budi Kyaw Thida Rizal",
            "Santoso Wongsakul Reyes Hidayat Chan Aung Rahman Bautista Sopheap Tan"),
    "afe": ("Joseph Grace Samuel Amina David Faith Patrick Esther Brian Mercy Tendai Wanjiru",
            "Otieno Mwangi Banda Nkosi Mutasa Kagame Achieng Phiri Moyo Kiplagat"),
    "afw": ("Ibrahim Aisha Kwame Fatou Moussa Adaeze Seydou Blessing Abdou Yaa Oumar Ngozi",
            "Diallo Mensah Traore Okonkwo Sow Adeyemi Ouedraogo Boateng Keita Eze"),
    "hor": ("Abdi Hodan Mekonnen Saba Deng Nyabol Yusuf Halima Tesfaye Achol",
            "Warsame Tesfaye Deng Abdullahi Gebre Mohamed Garang Ali Haile Lual"),
}


@dataclass(frozen=True)
class Country:
    iso: str
    name: str
    adj: str
    capital: str
    cities: tuple[str, ...]
    pool: str
    legislature: str


@dataclass(frozen=True)
class Entity:
    text: str
    country: str | None
    sector: str | None


def _countries() -> list[Country]:
    out = []
    for row in COUNTRIES_TABLE.strip().splitlines():
        iso, name, adj, capital, cities, pool, leg = row.split("|")
        out.append(Country(iso, name, adj, capital, tuple(cities.split(",")), pool, leg))
    return out


COUNTRIES = _countries()
BY_ISO = {c.iso: c for c in COUNTRIES}

IGOS = [("the United Nations", "UNO", "IGO"), ("the UN", "UNO", "IGO"),
        ("the UN Security Council", "UNO", "GOV"), ("the European Union", "EUR", "IGO"),
        ("the EU", "EUR", "IGO"), ("the European Commission", "EUR", "IGO"),
        ("NATO", "NATO", "IGO"), ("the African Union", "AFR", "IGO"),
        ("ECOWAS", "AFR", "IGO"), ("ASEAN", "ASA", "IGO"), ("the Arab League", "ARB", "IGO"),
        ("the Organization of American States", "AME", "IGO"), ("the OSCE", "EUR", "IGO"),
        ("the World Bank", "UNO", "IGO"), ("the IMF", "UNO", "IGO"),
        ("the World Health Organization", "UNO", "IGO"), ("the UN refugee agency", "UNO", "IGO"),
        ("the World Food Programme", "UNO", "IGO"), ("UNICEF", "UNO", "IGO"),
        ("the International Atomic Energy Agency", "UNO", "IGO"),
        ("the Gulf Cooperation Council", "ARB", "IGO")]
NGOS = ["Amnesty International", "Human Rights Watch", "Doctors Without Borders",
        "the International Committee of the Red Cross", "Oxfam", "Save the Children",
        "the Norwegian Refugee Council", "Reporters Without Borders", "the Committee to Protect "
        "Journalists", "Transparency International", "the International Rescue Committee",
        "CARE International"]
LOCAL_NGOS = ["a local rights group", "the {adj} Red Cross", "a coalition of civic groups",
              "the {adj} Bar Association", "a legal aid charity", "a human rights monitor",
              "an anti-corruption watchdog", "the {adj} Human Rights Commission"]
PARTY_WORDS = ["National Renewal", "People's Progress", "Democratic Alliance", "Civic Union",
               "Labour and Justice", "New Horizon", "Republican Front", "United Homeland",
               "Social Democratic Movement", "Freedom and Dignity", "Patriotic Congress",
               "Green Future", "Workers' Solidarity", "Reform Coalition"]
GROUP_NAMES = ["the Northern Liberation Front", "the Popular Resistance Army",
               "the Eastern Brigades", "the Free Highlands Movement",
               "the Martyrs' Battalion", "the Coastal Defence Forces", "the Hills Militia",
               "the Revolutionary Vanguard", "the Sons of the River", "the Western Command",
               "the Islamic Youth Battalion", "the Democratic Forces Alliance"]
COMPANY_STEMS = ["Norvik", "Castellan", "Orbis", "Meridian", "Tallis", "Kestrel", "Vantor",
                 "Solenne", "Brightwater", "Corvane", "Halden", "Azura", "Ironbridge",
                 "Pellworth", "Quantrel", "Sabre Point", "Lumen", "Tessaro", "Okavango",
                 "Redfern", "Altamira", "Bluecrest", "Zephyr", "Marlow"]
COMPANY_KINDS = ["Mining", "Energy", "Telecom", "Airways", "Motors", "Bank", "Logistics",
                 "Pharma", "Foods", "Steel", "Shipping", "Holdings", "Textiles", "Petroleum",
                 "Construction", "Media Group", "Semiconductors", "Retail"]
AGENCIES = ["AP", "Reuters", "AFP", "dpa", "Agency", "Xinhua", "EFE", "ANSA", "UPI", "Anadolu"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "11",
                "12", "14", "15", "17", "20", "23", "30", "40"]


def person(c: Country, rng: random.Random) -> str:
    """An invented full name from the country's naming tradition."""
    first, last = NAMES[c.pool]
    return f"{rng.choice(first.split())} {rng.choice(last.split())}".replace("_", " ")


def company(c: Country, rng: random.Random) -> str:
    return f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_KINDS)}"


def party(rng: random.Random) -> str:
    return f"{rng.choice(PARTY_WORDS)} Party"


# Per kind: (sector, named forms, bare forms). {adj} {name} {capital} {city} {P} {party}
# {company} {group} {n} are filled from the country; a named form names the country.
KINDS: dict[str, tuple[str | None, list[str], list[str]]] = {
    "state": (None, ["{name}"], ["{name}"]),
    "gov": ("GOV", ["the {adj} government", "{name}'s government", "{adj} officials",
                    "the government of {name}", "{adj} authorities", "{capital}"],
            ["the government", "officials", "the authorities", "authorities",
             "the cabinet", "government officials"]),
    "leader": ("GOV", ["{adj} President {P}", "{adj} Prime Minister {P}",
                       "{name}'s president", "{name}'s prime minister", "{adj} leader {P}",
                       "the {adj} president", "{adj} Vice President {P}"],
               ["President {P}", "Prime Minister {P}", "the president", "the prime minister",
                "the head of state", "Vice President {P}"]),
    "fm": ("GOV", ["{adj} Foreign Minister {P}", "the {adj} foreign ministry",
                   "{name}'s foreign ministry", "{name}'s top diplomat",
                   "{adj} diplomats", "the {adj} embassy", "{adj} envoy {P}",
                   "{name}'s foreign minister"],
           ["Foreign Minister {P}", "the foreign ministry", "the foreign minister",
            "diplomats", "the country's top diplomat"]),
    "min": ("GOV", ["{adj} Interior Minister {P}", "{name}'s interior ministry",
                    "{adj} Health Minister {P}", "{name}'s finance ministry",
                    "the {adj} labour minister", "{adj} Justice Minister {P}",
                    "{adj} Trade Minister {P}"],
            ["the interior minister", "Interior Minister {P}", "the finance ministry",
             "Health Minister {P}", "the justice ministry", "the education minister",
             "Energy Minister {P}", "the governor", "Governor {P}", "the mayor",
             "Mayor {P}", "the regional administration", "the city council"]),
    "mil": ("MIL", ["{adj} forces", "{adj} troops", "the {adj} army", "{adj} soldiers",
                    "{name}'s military", "the {adj} military", "{adj} special forces",
                    "{adj} paratroopers", "{adj} marines"],
            ["troops", "soldiers", "the army", "government forces", "the military",
             "army units", "security forces", "an army battalion"]),
    "air": ("MIL", ["{adj} warplanes", "{adj} jets", "{adj} fighter jets",
                    "the {adj} air force", "{adj} helicopter gunships", "{adj} bombers"],
            ["warplanes", "fighter jets", "the air force", "military aircraft",
             "helicopter gunships", "government jets"]),
    "navy": ("MIL", ["the {adj} navy", "{adj} warships", "the {adj} coast guard",
                     "{adj} naval vessels"],
             ["the navy", "warships", "the coast guard", "a naval flotilla"]),
    "cop": ("COP", ["{adj} police", "police in {city}", "{city} police",
                    "the {adj} police", "{adj} riot police", "{adj} border guards"],
            ["police", "officers", "the police", "riot police", "detectives",
             "police officers", "anti-riot units", "plainclothes officers", "border guards"]),
    "jud": ("JUD", ["a court in {city}", "a {adj} court", "{name}'s supreme court",
                    "the {adj} constitutional court", "a {city} court", "a tribunal in {city}"],
            ["a court", "the court", "a judge", "a district court", "the high court",
             "a jury", "the supreme court", "an appeals court", "a magistrate",
             "a military tribunal"]),
    "pros": ("JUD", ["{adj} prosecutors", "prosecutors in {city}", "the {adj} attorney general",
                     "{name}'s anti-corruption agency"],
             ["prosecutors", "the prosecutor's office", "state prosecutors",
              "the attorney general", "the public prosecutor", "investigators",
              "the anti-graft commission"]),
    "leg": ("LEG", ["the {adj} parliament", "{name}'s parliament", "{adj} lawmakers",
                    "{adj} senators", "the {legislature}", "{adj} MPs"],
            ["parliament", "lawmakers", "senators", "the senate", "the national assembly",
             "MPs", "legislators", "a parliamentary committee", "a group of senators"]),
    "pty": ("PTY", ["the {adj} ruling party", "the {adj} opposition {party}",
                    "{name}'s ruling party", "{adj} {party}"],
            ["the ruling party", "the {party}", "party leaders", "the governing coalition"]),
    "opp": ("OPP", ["the {adj} opposition", "{adj} opposition leader {P}",
                    "{adj} opposition lawmakers", "{adj} dissidents"],
            ["the opposition", "opposition leader {P}", "opposition lawmakers",
             "the main opposition party", "dissidents", "opposition supporters",
             "the opposition alliance"]),
    "reb": ("REB", ["{adj} rebels", "{adj} insurgents", "{adj} militants",
                    "{adj} separatists", "{adj} jihadists"],
            ["rebels", "insurgents", "militants", "separatist fighters", "{group}",
             "armed groups", "rebel fighters", "jihadists", "militia fighters"]),
    "cvl": ("CVL", ["{adj} civilians", "residents of {city}", "{adj} villagers",
                    "{adj} citizens", "families in {city}"],
            ["civilians", "residents", "villagers", "farmers", "fishermen", "shopkeepers",
             "local residents", "worshippers", "a crowd", "passers-by", "displaced families",
             "commuters"]),
    "prot": ("CVL", ["{adj} protesters", "protesters in {city}", "{adj} demonstrators",
                     "{adj} citizens", "crowds in {city}"],
             ["protesters", "demonstrators", "people", "student protesters",
              "activists", "students", "crowds", "marchers", "opposition supporters",
              "farmers", "women's groups", "young people"]),
    "lab": ("LAB", ["the {adj} teachers' union", "{adj} dock workers", "{adj} nurses",
                    "the {adj} transport workers' union", "{adj} miners", "{adj} unions"],
            ["the teachers' union", "dock workers", "nurses", "unions", "miners",
             "doctors", "rail workers", "truck drivers", "the main labour federation",
             "airport staff", "garment workers", "civil servants"]),
    "bus": ("BUS", ["{adj} company {company}", "the {adj} firm {company}",
                    "{adj} carmaker {company}",
                    "{adj} mining company {company}"],
            ["{company}", "the company", "a construction firm", "the mine operator",
             "a logistics company", "the state oil company"]),
    "med": ("MED", ["{adj} journalists", "the {adj} broadcaster", "{adj} reporters",
                    "a {city} newspaper"],
            ["journalists", "a reporter", "two journalists", "a local radio station",
             "bloggers", "a television crew", "an independent newspaper",
             "a news website", "photographers"]),
    "ngo": ("NGO", [], []),
    "lngo": ("NGO", ["a {adj} rights group", "the {adj} Red Cross",
                     "the {adj} Bar Association", "the {adj} Human Rights Commission"],
             ["a local rights group", "a coalition of civic groups", "a legal aid charity",
              "a human rights monitor", "an anti-corruption watchdog", "aid workers",
              "a church charity"]),
    "igo": ("IGO", [], []),
    "crm": ("CRM", ["{adj} gangs", "gangs in {city}", "{adj} drug traffickers"],
            ["gunmen", "a gang", "armed robbers", "bandits", "drug traffickers", "smugglers",
             "a criminal gang", "kidnappers", "unidentified attackers", "a mob",
             "armed men", "masked men", "assailants", "pirates"]),
    "spy": ("SPY", ["{adj} intelligence agents", "the {adj} intelligence service",
                    "{adj} spies", "{name}'s spy agency"],
            ["intelligence agents", "the intelligence service", "the spy agency",
             "state security agents"]),
    "edu": ("EDU", ["{adj} students", "students in {city}", "the {adj} university"],
            ["students", "university students", "the university", "teachers",
             "pupils and parents", "the student union"]),
    "person": ("CVL", ["a {adj} national", "a {adj} businessman", "{adj} journalist {P}",
                       "{adj} activist {P}", "a {adj} aid worker", "{adj} citizen {P}",
                       "a {adj} tourist"],
               ["a suspect", "a {age}-year-old man", "two men", "a businessman",
                "a local official", "{P}", "a teenager", "three suspects",
                "a {age}-year-old woman", "a driver", "a pastor", "a farmer",
                "a shop owner", "a student leader", "a nurse", "a former employee"]),
    "official": ("GOV", ["{adj} Defence Minister {P}", "the {adj} ambassador",
                         "{adj} Deputy Prime Minister {P}", "a senior {adj} official",
                         "{adj} Finance Minister {P}", "{adj} envoy {P}"],
                 ["a former minister", "the mayor of {city}", "the governor", "a senior official",
                  "a deputy minister", "the police chief", "Senator {P}", "a former mayor",
                  "the district commissioner", "a state governor"]),
    "city": (None, ["{city}", "{capital}"], ["{city}"]),
    "town": (None, ["{city}", "the town of {city}", "{city}"], ["{city}"]),
}


def _possessive(text: str) -> str:
    """"the Philippines's" → "the Philippines'" (a plural name takes a bare apostrophe)."""
    return re.sub(r"(Philippines|Netherlands|States|Emirates|territories)'s\b", r"\1'", text)


def _fmt(form: str, c: Country, rng: random.Random) -> str:
    city = rng.choice(c.cities)
    group = rng.choice(GROUP_NAMES)
    values = {"adj": c.adj, "name": c.name, "capital": c.capital, "city": city,
              "party": party(rng), "company": company(c, rng), "group": group,
              "legislature": c.legislature or "parliament", "age": str(rng.randint(17, 71))}
    if "{P}" in form:
        values["P"] = person(c, rng)
    return _possessive(form.format(**values))


def pick_country(rng: random.Random, used: set[str], avoid: str | None = None) -> Country:
    """A random country not already used in the sentence (and not ``avoid``)."""
    for _ in range(50):
        c = rng.choice(COUNTRIES)
        if c.iso not in used and c.iso != avoid:
            return c
    return rng.choice(COUNTRIES)


def dateline(c: Country, rng: random.Random) -> str:
    """A dateline opening: ``KABUL (AP) — `` or ``HANOI, Vietnam (Reuters) — `` and variants."""
    place = rng.choice([c.capital] * 2 + list(c.cities))
    agency = rng.choice(AGENCIES)
    style = rng.randrange(5)
    if style == 0:
        return f"{place.upper()} ({agency}) — "
    if style == 1:
        return f"{place.upper()}, {c.name[0].upper()}{c.name[1:]} ({agency}) — "
    if style == 2:
        return f"{place}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({agency}) - "
    if style == 3:
        return f"{place.upper()} — "
    return f"{place.upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({agency}) — "


def fill(kind: str, rel: str | None, other: Entity | None, used: set[str],
         rng: random.Random) -> Entity:
    """The text, country and sector for one slot of the given kind."""
    if kind == "digit":
        return Entity(str(rng.randint(2, 9)), None, None)
    if kind == "num":
        return Entity(rng.choice(NUMBER_WORDS), None, None)
    if kind == "big":
        return Entity(rng.choice(["dozens of", "hundreds of", "more than 100", "about 300",
                                  "thousands of", "at least 2,000", "tens of thousands of",
                                  "scores of"]), None, None)
    if kind == "day":
        return Entity(rng.choice(WEEKDAYS), None, None)
    if kind == "month":
        return Entity(rng.choice(MONTHS), None, None)
    if kind == "year":
        return Entity(str(rng.randint(1995, 2025)), None, None)
    if kind == "money":
        return Entity(rng.choice(["$40 million", "$1.2 billion", "250 million euros",
                                  "$75 million", "$3 billion", "$600,000", "$18 million",
                                  "500 million dollars", "$2.5 billion"]), None, None)
    special = _negative_kind(kind, rng)
    if special is not None:
        return special
    if kind == "igo":
        text, code, sector = rng.choice(IGOS)
        return Entity(text, code, sector)
    if kind == "ngo":
        return Entity(rng.choice(NGOS), None, "NGO")
    tied = rel and rel[0] == "@" and other is not None and other.country in BY_ISO
    if tied:
        c = BY_ISO[other.country]
    elif rel and rel[0] == "!" and other is not None:
        c = pick_country(rng, used, other.country)
    else:
        c = pick_country(rng, used)
    if kind == "dl":
        return Entity(dateline(c, rng), c.iso, None)
    if kind == "name":
        return Entity(person(c, rng), c.iso, None)
    if kind == "adj":
        return Entity(c.adj, c.iso, None)
    if kind not in KINDS:
        raise ValueError(f"unknown slot kind {kind!r}")
    sector, named, bare = KINDS[kind]
    if rel == "~":
        form = rng.choice(bare)
        text = _fmt(form, c, rng)
        names_place = any(k in form for k in ("{city}", "{capital}", "{adj}", "{name}"))
        return Entity(text, c.iso if names_place else None, sector)
    # A slot tied to another one's country mostly takes a bare form ("police"): the country then
    # comes from the sentence's context, as in a local story.
    forms = bare if tied and bare and rng.random() < 0.6 else named
    text = _fmt(rng.choice(forms or bare), c, rng)
    return Entity(text, c.iso, sector)

CLUB_STEMS = ["Rivermouth", "Castlegate", "Northfield", "Port Alder", "Greyhaven", "Eastvale",
              "Brackwater", "Sunridge", "Oakham", "Westmere", "Stonebridge", "Kingsport",
              "Redcliff", "Lakeside", "Harrowgate", "Millbrook"]
CLUB_KINDS = ["United", "City", "Rovers", "Athletic", "FC", "Wanderers", "Albion", "Town"]
FILMS = ["The Quiet Harbour", "Midnight Ledger", "Salt and Iron", "A Winter in Lisbon",
         "The Last Orchard", "Glass Mountains", "Red Tide", "The Cartographer",
         "Northern Lights Express", "Paper Kings", "The Ninth Bell", "Wild Meridian"]
INDEXES = ["the benchmark index", "the Nikkei", "the FTSE 100", "the S&P 500", "the DAX",
           "the Hang Seng", "the Sensex", "the main stock index", "the Nasdaq",
           "the CAC 40", "the Bovespa", "the Kospi"]
PRODUCTS = ["smartphone", "electric SUV", "streaming service", "budget airline route",
            "cancer drug", "laptop", "fitness app", "frozen pizza range", "video game",
            "solar panel", "payment app", "pickup truck"]


# Neutral lead-ins and closing clauses added to event and no-event sentences alike.
LEADS = ["On {day},", "Late on {day},", "Earlier on {day},", "Meanwhile,", "Separately,",
         "In a statement,", "Elsewhere,", "Also on {day},", "Earlier this week,",
         "In a separate development,", "According to local media,", "Officials said that",
         "Reports said that", "It emerged on {day} that", "In {month},", "Last year,",
         "At the weekend,", "For the second time this month,"]
TAILS = [", the state news agency reported", ", according to local media",
         ", a statement said", ", officials told reporters", ", in a move seen as significant",
         ", amid tensions that have simmered for months", ", the latest in a string of incidents",
         ", a spokesperson confirmed", ", according to people familiar with the matter",
         ", in comments broadcast on television", ", before the start of the rainy season",
         ", days before a national holiday", ", in the first such move this year",
         ", reports from the region said", ", a local newspaper said",
         ", as the region prepares for elections next year"]
# Lead-ins and closing clauses that attribute the sentence to a source.
ATTRIBUTING = {"In a statement,", "According to local media,", "Officials said that",
               "Reports said that", ", the state news agency reported",
               ", according to local media", ", a statement said", ", officials told reporters",
               ", a spokesperson confirmed", ", according to people familiar with the matter",
               ", in comments broadcast on television", ", reports from the region said",
               ", a local newspaper said"}
# First words of a sentence that may be lower-cased when a lead-in or dateline goes before them.
LOWERABLE = {"The", "A", "An", "Police", "Officers", "Troops", "Soldiers", "Rebels",
             "Protesters", "Demonstrators", "Residents", "Villagers", "Officials", "Authorities",
             "Prosecutors", "Lawmakers", "Senators", "Parliament", "Thousands", "Hundreds",
             "Dozens", "Gunmen", "Investigators", "Students", "Shares", "Oil", "Investors",
             "Critics", "Analysts", "Doctors", "Researchers", "Forecasters", "Fans", "Workers",
             "Unions", "Farmers", "Civilians", "Militants", "Insurgents", "Jihadists", "Warplanes",
             "Health", "His", "Her", "Their", "Its", "Two", "Three", "Four", "Five", "Some",
             "Several", "Crowds", "Activists", "Journalists", "Diplomats", "Bandits",
             "Kidnappers", "Smugglers", "Pirates", "Assailants", "Detectives", "Nurses",
             "Miners", "Teachers", "Commuters", "Worshippers", "Marchers",
             "Temperatures", "Heavy", "Lightning", "Drought", "Wildfires", "Rents", "Fuel",
             "Food", "Gold", "Copper", "Wheat", "Coffee", "Markets", "Stocks", "Bonds",
             "Retailers", "Shoppers", "Exporters", "Employees", "Staff", "Volunteers", "Engineers",
             "Crews", "Archaeologists", "Divers", "Historians", "Astronomers", "Scientists",
             "Voters", "Elections", "Polls", "Surveys", "Cases", "Hospitals", "Schools", "Ports"}


def _negative_kind(kind: str, rng: random.Random) -> Entity | None:
    """Fillers that only negatives use: clubs, players, films, indexes, products, companies."""
    c = rng.choice(COUNTRIES)
    if kind == "lead":
        return Entity(rng.choice(LEADS).format(day=rng.choice(WEEKDAYS),
                                               month=rng.choice(MONTHS)), None, None)
    if kind == "tail":
        return Entity(rng.choice(TAILS), None, None)
    if kind == "club":
        return Entity(f"{rng.choice(CLUB_STEMS)} {rng.choice(CLUB_KINDS)}", None, None)
    if kind == "player":
        return Entity(person(c, rng), None, None)
    if kind == "film":
        return Entity(rng.choice(FILMS), None, None)
    if kind == "index":
        return Entity(rng.choice(INDEXES), None, None)
    if kind == "product":
        return Entity(rng.choice(PRODUCTS), None, None)
    if kind == "co":
        return Entity(company(c, rng), None, "BUS")
    if kind == "pct":
        return Entity(f"{rng.randint(1, 9)}.{rng.randint(0, 9)} percent", None, None)
    if kind == "score":
        return Entity(f"{rng.randint(1, 5)}-{rng.randint(0, 3)}", None, None)
    return None
