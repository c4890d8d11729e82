#!/usr/bin/env python3
"""Regenerates data/actors.json: UN member states (and the observers and
other states the news names) from Debian's iso-codes package (English names,
official names and Indonesian translations), plus the per-state aliases,
demonyms and capital metonyms in the table below. Everything that is not a
state (bodies, agencies, groups, people) is kept by hand in data/actors.json
itself and carried over unchanged.

    apt-get install iso-codes && scripts/seed-registry.py > data/actors.json

The output is committed; this script records where the states came from.
"""
import gettext, json, os, sys

UN_MEMBERS = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI
HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA
MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN
SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM
TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split()
OTHER_STATES = ["TWN", "PSE", "VAT"]  # + Kosovo (XKX), not in ISO 3166-1: kept by hand

# id: (English name, Indonesian name, aliases, exact-case aliases, metonyms)
OVERRIDES = {
    "PRK": ("North Korea", "Korea Utara",
            ["Korut", "N. Korea", "N Korea", "NKorea", "DPRK", "D.P.R.K.", "North Korean", "North Koreans",
             "Republik Rakyat Demokratik Korea", "Korea Utara", "Utara Korea"], ["the North"], ["Pyongyang"]),
    "KOR": ("South Korea", "Korea Selatan",
            ["Korsel", "S. Korea", "S Korea", "SKorea", "ROK", "R.O.K.", "Republic of Korea", "South Korean",
             "South Koreans", "Republik Korea"], ["the South"], ["Seoul"]),
    "USA": ("United States", "Amerika Serikat",
            ["United States of America", "U.S.", "U.S.A.", "USA", "America", "American", "Americans",
             "Amerika", "Paman Sam"], ["AS", "US"], ["Washington"]),
    "JPN": ("Japan", "Jepang", ["Japanese", "Nippon"], [], ["Tokyo"]),
    "CHN": ("China", "Tiongkok",
            ["Cina", "Republik Rakyat Tiongkok", "Republik Rakyat China", "RRT", "RRC", "PRC", "Chinese",
             "Tionghoa"], [], ["Beijing", "Peking"]),
    "RUS": ("Russia", "Rusia", ["Russian Federation", "Federasi Rusia", "Russian", "Russians"], [],
            ["Moscow", "Moskow", "Moskwa", "Kremlin"]),
    "TWN": ("Taiwan", "Taiwan", ["Republic of China", "Taiwanese", "Chinese Taipei"], [], ["Taipei"]),
    "GBR": ("United Kingdom", "Inggris",
            ["Britain", "Great Britain", "U.K.", "UK", "British", "Britania Raya", "Kerajaan Inggris"], [],
            ["London", "Downing Street"]),
    "IRN": ("Iran", "Iran", ["Islamic Republic of Iran", "Iranian", "Republik Islam Iran"], [], ["Tehran", "Teheran"]),
    "IDN": ("Indonesia", "Indonesia", ["Republic of Indonesia", "Republik Indonesia", "RI", "Indonesian"], [], ["Jakarta"]),
    "PHL": ("Philippines", "Filipina", ["Republic of the Philippines", "Philippine", "Filipino"], [], ["Manila"]),
    "UKR": ("Ukraine", "Ukraina", ["Ukrainian"], [], ["Kyiv", "Kiev"]),
    "DEU": ("Germany", "Jerman", ["German"], [], ["Berlin"]),
    "FRA": ("France", "Prancis", ["Perancis", "French"], [], ["Paris"]),
    "ITA": ("Italy", "Italia", ["Italian"], [], ["Rome", "Roma"]),
    "IND": ("India", "India", ["Indian"], [], ["New Delhi"]),
    "PAK": ("Pakistan", "Pakistan", ["Pakistani"], [], ["Islamabad"]),
    "ISR": ("Israel", "Israel", ["Israeli"], [], ["Tel Aviv"]),
    "SAU": ("Saudi Arabia", "Arab Saudi", ["Saudi", "Kingdom of Saudi Arabia"], [], ["Riyadh"]),
    "TUR": ("Türkiye", "Turki", ["Turkey", "Turkish"], [], ["Ankara"]),
    "SYR": ("Syria", "Suriah", ["Syrian"], [], ["Damascus", "Damaskus"]),
    "VNM": ("Vietnam", "Vietnam", ["Viet Nam", "Vietnamese"], [], ["Hanoi"]),
    "LAO": ("Laos", "Laos", ["Lao PDR"], [], ["Vientiane"]),
    "THA": ("Thailand", "Thailand", ["Thai"], [], ["Bangkok"]),
    "MYS": ("Malaysia", "Malaysia", ["Malaysian"], [], ["Kuala Lumpur", "Putrajaya"]),
    "SGP": ("Singapore", "Singapura", ["Singaporean"], [], []),
    "KHM": ("Cambodia", "Kamboja", ["Cambodian"], [], ["Phnom Penh"]),
    "MMR": ("Myanmar", "Myanmar", ["Burma"], [], ["Naypyidaw", "Naypyitaw"]),
    "BRN": ("Brunei", "Brunei Darussalam", ["Brunei Darussalam"], [], []),
    "TLS": ("Timor-Leste", "Timor Leste", ["East Timor", "Timor Timur", "Timor-Leste"], [], ["Dili"]),
    "AUS": ("Australia", "Australia", ["Australian"], [], ["Canberra"]),
    "NZL": ("New Zealand", "Selandia Baru", [], [], ["Wellington"]),
    "CAN": ("Canada", "Kanada", ["Canadian"], [], ["Ottawa"]),
    "MNG": ("Mongolia", "Mongolia", ["Mongolian"], [], ["Ulaanbaatar"]),
    "BLR": ("Belarus", "Belarus", ["Belarusian"], [], ["Minsk"]),
    "POL": ("Poland", "Polandia", ["Polish"], [], ["Warsaw"]),
    "NLD": ("Netherlands", "Belanda", ["Dutch", "Holland"], [], ["The Hague", "Den Haag"]),
    "ESP": ("Spain", "Spanyol", ["Spanish"], [], ["Madrid"]),
    "EGY": ("Egypt", "Mesir", ["Egyptian"], [], ["Cairo", "Kairo"]),
    "IRQ": ("Iraq", "Irak", ["Iraqi"], [], ["Baghdad"]),
    "AFG": ("Afghanistan", "Afganistan", ["Afghan"], [], ["Kabul"]),
    "CUB": ("Cuba", "Kuba", ["Cuban"], [], ["Havana"]),
    "VEN": ("Venezuela", "Venezuela", ["Venezuelan"], [], ["Caracas"]),
    "BOL": ("Bolivia", "Bolivia", [], [], []),
    "TZA": ("Tanzania", "Tanzania", [], [], []),
    "MDA": ("Moldova", "Moldova", [], [], []),
    "FSM": ("Micronesia", "Mikronesia", [], [], []),
    "CZE": ("Czechia", "Ceko", ["Czech Republic", "Republik Ceko"], [], ["Prague"]),
    "COD": ("DR Congo", "Republik Demokratik Kongo", ["Democratic Republic of the Congo", "DRC"], [], ["Kinshasa"]),
    "COG": ("Republic of the Congo", "Republik Kongo", ["Congo-Brazzaville"], [], []),
    "CIV": ("Côte d'Ivoire", "Pantai Gading", ["Ivory Coast"], [], []),
    "SWZ": ("Eswatini", "Eswatini", ["Swaziland"], [], []),
    "MKD": ("North Macedonia", "Makedonia Utara", [], [], []),
    "CPV": ("Cabo Verde", "Tanjung Verde", ["Cape Verde"], [], []),
    "PSE": ("Palestine", "Palestina", ["State of Palestine", "Palestinian", "Negara Palestina"], [], []),
    "VAT": ("Vatican City", "Vatikan", ["Holy See", "Takhta Suci"], [], []),
    "ARE": ("United Arab Emirates", "Uni Emirat Arab", ["UAE", "Emirati"], [], ["Abu Dhabi"]),
    "QAT": ("Qatar", "Qatar", ["Qatari"], [], ["Doha"]),
    "ZAF": ("South Africa", "Afrika Selatan", [], [], ["Pretoria"]),
}

# English demonyms of the states the table above leaves without one ("the
# Sudanese army", "a Greek-owned tanker"). Ambiguous ones are left out:
# Korean, Congolese, Guinean, Dominican, Samoan.
DEMONYMS = {
    "ALB": ["Albanian"], "DZA": ["Algerian"], "AGO": ["Angolan"], "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"], "AUT": ["Austrian"], "AZE": ["Azerbaijani"], "BHR": ["Bahraini"],
    "BGD": ["Bangladeshi"], "BEL": ["Belgian"], "BEN": ["Beninese"], "BTN": ["Bhutanese"],
    "BOL": ["Bolivian"], "BIH": ["Bosnian"], "BWA": ["Botswanan"], "BRA": ["Brazilian"], "BRN": ["Bruneian"],
    "BGR": ["Bulgarian"], "BFA": ["Burkinabe"], "BDI": ["Burundian"], "CMR": ["Cameroonian"],
    "TCD": ["Chadian"], "CHL": ["Chilean"], "COL": ["Colombian"], "CRI": ["Costa Rican"],
    "HRV": ["Croatian"], "CYP": ["Cypriot"], "CZE": ["Czech"], "DNK": ["Danish"], "DJI": ["Djiboutian"],
    "ECU": ["Ecuadorian"], "SLV": ["Salvadoran"], "ERI": ["Eritrean"], "EST": ["Estonian"],
    "ETH": ["Ethiopian"], "FJI": ["Fijian"], "FIN": ["Finnish"], "GAB": ["Gabonese"], "GEO": ["Georgian"],
    "GHA": ["Ghanaian"], "GRC": ["Greek"], "GTM": ["Guatemalan"], "HTI": ["Haitian"], "HND": ["Honduran"],
    "HUN": ["Hungarian"], "ISL": ["Icelandic"], "IRL": ["Irish"], "JAM": ["Jamaican"], "JOR": ["Jordanian"],
    "KAZ": ["Kazakh", "Kazakhstani"], "KEN": ["Kenyan"], "KWT": ["Kuwaiti"], "KGZ": ["Kyrgyz"],
    "LAO": ["Laotian"], "LVA": ["Latvian"], "LBN": ["Lebanese"], "LBY": ["Libyan"], "LTU": ["Lithuanian"],
    "MDG": ["Malagasy"], "MWI": ["Malawian"], "MDV": ["Maldivian"], "MLI": ["Malian"], "MLT": ["Maltese"],
    "MRT": ["Mauritanian"], "MEX": ["Mexican"], "MDA": ["Moldovan"], "MNE": ["Montenegrin"],
    "MAR": ["Moroccan"], "MOZ": ["Mozambican"], "MMR": ["Burmese"], "NAM": ["Namibian"], "NPL": ["Nepali", "Nepalese"],
    "NZL": ["New Zealander"], "NIC": ["Nicaraguan"], "NER": ["Nigerien"], "NGA": ["Nigerian"],
    "MKD": ["Macedonian"], "NOR": ["Norwegian"], "OMN": ["Omani"], "PAN": ["Panamanian"],
    "PNG": ["Papua New Guinean"], "PRY": ["Paraguayan"], "PER": ["Peruvian"], "PRT": ["Portuguese"],
    "ROU": ["Romanian"], "RWA": ["Rwandan"], "SEN": ["Senegalese"], "SRB": ["Serbian"],
    "SLE": ["Sierra Leonean"], "SVK": ["Slovak"], "SVN": ["Slovenian"], "SOM": ["Somali"],
    "ZAF": ["South African"], "SSD": ["South Sudanese"], "LKA": ["Sri Lankan"], "SDN": ["Sudanese"],
    "SWE": ["Swedish"], "CHE": ["Swiss"], "TJK": ["Tajik"], "TZA": ["Tanzanian"], "TLS": ["Timorese"],
    "TGO": ["Togolese"], "TUN": ["Tunisian"], "TKM": ["Turkmen"], "UGA": ["Ugandan"], "URY": ["Uruguayan"],
    "UZB": ["Uzbek"], "YEM": ["Yemeni"], "ZMB": ["Zambian"], "ZWE": ["Zimbabwean"], "LBR": ["Liberian"],
    "CIV": ["Ivorian"], "SYC": ["Seychellois"], "MNG": ["Mongolian"],
}


def main():
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    by_code = {c["alpha_3"]: c for c in iso}
    indonesian = gettext.translation("iso_3166-1", "/usr/share/locale", ["id"])
    actors = []
    for code in UN_MEMBERS + OTHER_STATES:
        c = by_code[code]
        english = c.get("common_name") or c["name"]
        name_id = indonesian.gettext(c["name"])
        aliases, exact, metonyms = [], [], []
        if code in OVERRIDES:
            english, name_id, aliases, exact, metonyms = OVERRIDES[code]
            aliases = list(aliases)
        aliases += [d for d in DEMONYMS.get(code, []) if d not in aliases]
        for extra in (c["name"], c.get("official_name"), c.get("common_name"),
                      indonesian.gettext(c["official_name"]) if c.get("official_name") else None,
                      indonesian.gettext(c["name"])):
            if extra and extra not in aliases and extra not in (english, name_id):
                aliases.append(extra)
        entry = {"id": code, "kind": "state", "name": english, "name_id": name_id}
        if code in UN_MEMBERS:
            entry["un_member"] = True
        entry["aliases"] = aliases
        if exact:
            entry["exact_aliases"] = exact
        if metonyms:
            entry["metonyms"] = metonyms
        actors.append(entry)
    current = os.path.join(os.path.dirname(__file__), "..", "data", "actors.json")
    if os.path.exists(current):
        actors.extend(a for a in json.load(open(current)) if a["kind"] != "state" or a["id"] == "XKX")
    json.dump(actors, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")

main()
