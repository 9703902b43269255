"""Medical codes that look like identifiers but name no one: HPO, Orphanet and OMIM ids,
variants (HGVS "c.1521_1523del", "NM_000138.5:c.7498C>T", "rs121908745"), karyotypes
("46,XX", "47,XY,+21"), protein changes ("N370S/L444P", "Val30Met"),
haemoglobin genotypes ("HbSS"), chromosome bands ("22q11.2") and public trial numbers (NCT01234567). Like lab values, no finding may
cover them; gene symbols ("BRCA1", "COL1A1") come from the knowledge base (the allow-list).
"""

from __future__ import annotations

import re

# Protein changes and genotypes: "N370S/L444P", "V600E", "F508del", "Val30Met", "Arg117His";
# never a UK or Canadian postcode's first half ("W1T 1JH", "K1A 0B1").
_AA1 = "ACDEFGHIKLMNPQRSTVWY"
_AA3 = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val"
_CHANGE = (rf"(?:[{_AA1}]\d{{1,4}}(?:[{_AA1}X*]|del|dup|fs|ins[A-Z]*)"
           rf"|(?:{_AA3})\d{{1,4}}(?:{_AA3}|Ter|del|dup|fs|X|\*))")
PROTEIN_CHANGE = rf"\b{_CHANGE}(?:/{_CHANGE})*(?![\w*])(?!\s?\d[A-Z]{{2}}\b|\s?\d[A-Z]\d\b)"
# Haemoglobin genotypes and fractions: "HbSS", "HbAS", "HbSC", "HbE", "HbA2", "HbA1c".
HAEMOGLOBIN = r"\bHb[A-Z][A-Z0-9]?c?\b"
# Company prefixes of medicines in development ("PF-06939926", "ALXN1840", "BIIB067").
DRUG_PREFIXES = ("PF|LY|BMS|MK|ABBV|AMG|GSK|SAR|RG|BIIB|ALXN|SRP|PTC|AVXS|ATA|BAY|JNJ|TAK|SPK|"
                 "IONIS|ISIS|ARO|ALN|DCR|VX|AZD|INCB|REGN|SHP|UX|BMN|RGX|OTL|NTLA|CTX|SAGE|DNL")
CODE = re.compile(
    # (not a phone after a label, "HP 0812-5553-2718": a code's number ends where a number goes on)
    r"\b(?:HP|HPO|ORPHA|Orphanet|ORPHANET|MONDO|OMIM|MIM|GARD|ICD-?1[01]|OMIM:PS)[:\s]\s*#?\s*\d+(?:\.\d+)?\b(?![-\s]\d)"
    r"|\b(?:OMIM|MIM)\s*(?:#|no\.?|number)?\s*\d{6}\b"
    r"|\b(?:(?:NM|NP|NC|NG|NR|XM|ENST|ENSG)_?\d+(?:\.\d+)?:)?[cgmnpr]\.[\w>_*+()?:-]*\d[\w>_*+()?:-]*"
    r"|#\d{6}\b(?=[,;\s]*\(?(?:OMIM|MIM)\b)"                 # "#109400, OMIM"
    r"|\bD(?:\d{1,2}|X|Y)S\d{1,5}[A-Z]?\b"                          # microsatellite markers
    r"|\brs\d{3,}\b"
    r"|\b(?:NCT\d{8}|ISRCTN\d{8}|EudraCT\s+(?:number\s+)?\d{4}-\d{6}-\d{2}|\d{4}-\d{6}-\d{2})\b"  # trials
    r"|\b(?:NM|NP|NC|NG|NR|XM)_\d+(?:\.\d+)?\b"
    r"|\b4[5-9],\s?X{1,3}Y{0,2}(?:,[\w()+;.-]+)*"
    r"|\b(?:[1-9]|1\d|2[0-2]|X|Y)[pq]\d{1,2}(?:\.\d{1,3})?\b"
    r"|\b[A-TV-Z]\d{2}\.\d{1,4}\b"                                # ICD-10 "E75.22"
    r"|\b(?:PMID|PMCID|SNOMED(?:\s+CT)?(?:\s+code)?|SCTID|UMLS(?:\s+concept)?|CUI)[:\s]\s*C?\d{5,18}\b"
    r"|\b(?:RP\d{1,2}|CT[A-D]|CH\d{2,3})-\d{1,4}[A-Z]\d{1,3}\b"          # BAC clones "RP11-88G17"
    r"|\b(?:EC|E\.C\.)\s?\d{1,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"                  # enzymes "EC 2.7.3.2"
    r"|\b[A-DG-JL-NP-SV]\d{2}[A-Z]{2}\d{2}\b"                                   # ATC "N07XX10"
    r"|\b(?:NCIT|DOID|UBERON|CHEBI|GO|CL|SO|EFO|MP|MESH|MeSH|SNOMEDCT(?:_US)?|ICD10CM|ICD9CM|NCBITaxon|"
    r"MedDRA|MEDDRA|LOINC|UniProtKB|HGNC|RXNORM|DECIPHER|ClinVar|UMLS):[A-Z]?\d{2,}\b"  # ontology ids
    r"|\bNDC\s*:?\s*\d{4,5}-\d{3,4}-\d{1,2}\b"                                  # US drug products
    r"|\bPMC\d{5,9}\b|\b10\.\d{4,9}/[^\s,;]*[^\s,;.)]"                # PubMed Central, DOI
    rf"|\b(?:{DRUG_PREFIXES})-?\d{{3,8}}\b(?![-/]\w)"
    rf"|{PROTEIN_CHANGE}|{HAEMOGLOBIN}")


def code_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in CODE.finditer(text)]
