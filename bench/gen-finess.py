#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a fictitious FINESS extract in the etalab cs1100507 layout (DOMAIN.md) for benchmarks:
a metadata line, then N `structureet;` records (30 fields after the tag, trailing `;`), each followed by a
`geolocalisation;` line, in ISO-8859-1 like the historical national files. Deterministic for a given seed.

usage: gen-finess.py N OUT [--seed S]
"""
import random
import sys

DEPARTMENTS = [f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"]
CATEGORIES = [("355", "Centre Hospitalier (C.H.)", "1102", "Centres Hospitaliers"),
              ("101", "Centre Hospitalier Régional (C.H.R.)", "1101", "Centres Hospitaliers Régionaux"),
              ("365", "Etablissement de Soins Pluridisciplinaire", "1106", "Etablissements de Soins"),
              ("131", "Centre de Lutte Contre le Cancer", "1104", "Centres de Lutte Contre le Cancer"),
              ("500", "EHPAD", "4401", "Etablissements pour Personnes Agées")]
TOWNS = ["VALBRUNE", "MONTCLAIR", "ROQUEBELLE", "FONTCLARE", "SAINT-AUBRAC", "CASTELNOIR", "LAVANDIÈRES",
         "BELLERIVE", "AIGUEBELLE", "SAINTE-OLIVE", "CABRIÈRES", "PEYROLLES", "LAUZIÈRES", "SAINT-VÉRAN"]


def luhn_key(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def finess(rng, dep, used):
    while True:
        prefix = dep + "".join(rng.choice("0123456789") for _ in range(6))
        number = prefix + luhn_key(prefix.replace("2A", "21").replace("2B", "22"))
        if number not in used:
            used.add(number)
            return number


def siret(rng):
    siren = "26" + "".join(rng.choice("0123456789") for _ in range(6))
    siren += luhn_key(siren)
    body = siren + "".join(rng.choice("0123456789") for _ in range(4))
    return body + luhn_key(body)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2019
    rng = random.Random(seed)
    used = set()
    with open(out, "w", encoding="iso-8859-1", newline="\n") as f:
        f.write("finess;etalab;111;2026-05-12\n")
        for i in range(count):
            dep = DEPARTMENTS[i % len(DEPARTMENTS)]
            et, ej = finess(rng, dep, used), finess(rng, dep, used)
            cat, catlabel, agr, agrlabel = rng.choice(CATEGORIES)
            town = rng.choice(TOWNS)
            postal = ("20" if dep.startswith("2") and not dep.isdigit() else dep) + f"{rng.randrange(1000):03d}"
            fields = [et, ej, f"ETABLISSEMENT FICTIF {i + 1}", f"ETABLISSEMENT FICTIF NUMÉRO {i + 1}", "", "",
                      str(rng.randrange(1, 200)), "AV", "DES TILLEULS", "", "", f"{rng.randrange(1, 999):03d}", dep,
                      "DÉPARTEMENT FICTIF", f"{postal} {town}", "0400000000", "", cat, catlabel, agr, agrlabel,
                      siret(rng), "8610Z", "03", "ARS établissements Publics de santé dotation globale", "1",
                      "Etablissement public de santé", "1979-02-13", "1979-02-13", "2024-01-15"]
            f.write("structureet;" + ";".join(fields) + ";\n")
            f.write(f"geolocalisation;{et};{870000 + i % 1000}.0;{6570000 + i % 1000}.0;1,ATLASANTE,100,IGN,"
                    f"BD_ADRESSE,V2.2,LAMBERT_93;2024-01-15;\n")


if __name__ == "__main__":
    main()
