# ruff: noqa: E501  -- a table of regular expressions reads best one rule per line
"""Rules whose other party the sentence leaves to the paragraph.

News names a party once and then drops it: "Keld Robotics makes arms. Tessaract
took a 12% stake last year" (a stake in what the paragraph is about); "About
40% of the workload is served by Google Cloud" (the workload of the company the
story is about). Each rule here names one side only; the extractor fills the
other from the sentence or the paragraph (``RuleExtractor._implicit``), never
with a name the rule itself matched.
"""

from __future__ import annotations

import re

from ingest.extract._rulebase import AP, BARE_SHARE, E, L, Rule, make_rule

# After "a stake" only a time or a size may follow "in"/"of": "a 12% stake in 2024", "a stake of
# about 15%", not "a stake in a rival".
_NO_OBJECT = r"(?! (?:in|of|into) (?!(?:19|20)\d\d\b|(?:about|around|roughly|nearly|almost|some|just|more|less|close|[\d.]+ ?%|[\d.]+ per ?cent)\b|january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|fall|winter|past|same|first|second|third|fourth)\b|(?:early|late|mid|recent)\b))(?!-)"
# The work a company runs, named without its owner ("the training run", "40% of the workload"):
# the rule starts at the noun (a literal first: re rejects most places at one character), and
# the extractor drops a match whose noun follows a name or a possessive (WORK_OWNED_BEFORE).
_WORK = r"(?:training|inference|workloads?|compute|computing(?: power)?|experiments|traffic)(?: runs?| jobs?| work)?"
WORK_OWNED_BEFORE = re.compile(r"(?:'s |\x00\d+ |[\w-])$")

IMPLICIT: tuple[Rule, ...] = (
    make_rule(
        # "CoreWeave is our biggest supplier": a cloud's supplies are capacity (_checks)
        "is-cloud-supplier",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} (?:is|was|remains|has been|have been|are|were|will remain|will stay|became) (?:also |still |now )?(?:the |a |an |one of )?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:suppliers?|providers?|landlords?|hosts?)\b",
        0.7,
        keys="supplier|provider|landlord|host",
    ),
    make_rule(
        # "The landlord also hosts Orrin AI": a cloud hosting a company rents it capacity (_checks)
        "cloud-hosts",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} (?:(?:also|now|already|still) )?(?:hosts|host|hosted|will host|is hosting|has hosted|are hosting|have hosted) (?:(?:every|all|each|all of the|most of the|the) (?:[\w-]+ )?(?:models?|workloads?|training runs?) (?:that |which )?)?(?P<o>{L})(?=[.,;]|$| (?:in|at|on|under|since|from|as|trains|runs|builds|serves)\b)",
        0.6,
        keys="host",
    ),
    make_rule(
        # "Tessaract took a 12% stake last year": a stake in the company the paragraph is about
        # ("\u200b": APPOSITIVE_END, where "A second investor, X, took ..." lost its comma)
        "stake-no-object",
        "owns",
        rf"(?P<s>{E})(?<!in which \x00\d)(?<!in which \x00\d\d){AP} \u200b?(?:(?:also|has|had|have|now|later|then|itself|quietly|already|still) )*(?:took|takes|taken|taking|bought|buys|acquired|acquires|holds|held|owns|owned|picked up|secured|retains|retained|kept|keeps|came in with|came along for|came along with|got) (?:a|an|the|its|their|{E}'s) (?:[\w$.%,-]+ ){{0,4}}?(?:stake|holding|shareholding|slice|minority interest)\b{_NO_OBJECT}",  # "came along for a minority slice"
        0.6,
        stake=True,
        keys="stake|holding|slice|interest",
    ),
    make_rule(
        # "Pellam AI is growing fast. Velmont holds about 12%": a share of the paragraph's company;
        # "of" may name only the shares themselves ("a fifth of the shares"), never another firm
        "share-no-object",
        "owns",
        # ("Tordesillas led it and holds about 15%": a verb joined on to the holder's first)
        rf"(?P<s>{E}){AP} \u200b?(?:[^;,\x00]{{1,40}}? and |(?:co-)?(?:led|joined|backed|anchored) (?:\x00\d+|it|the round) and )?(?:(?:also|now|still|already|itself|together) )*(?:holds|held|owns|owned|controls|controlled|has|had) {BARE_SHARE}(?: of (?:the|its) (?:shares|stock|equity|company|business|start-?up|group))?(?=[.,;]|$| (?:and|after|since|before|through|via|following)\b)",
        0.55,
        stake=True,
        keys="holds|held|owns|owned|controls|controlled|has|had",
    ),
    make_rule(
        # "the Wellcome Trust also holds shares" ("X is also an investor": is-investor-bare)
        "investor-no-object",
        "owns",
        rf"(?P<s>{E}){AP} (?:(?:also|still|now|too) )*(?:holds|held|owns|owned|has|had) (?:some )?shares\b{_NO_OBJECT}",
        0.55,
        stake=True,
        keys="shares",
    ),
    make_rule(
        # "Harlan agreed an investment in Vessa. The deal gives it a 20% stake.": a stake in
        # the company the paragraph's deal was with (gives-stake when the company is named)
        "gives-stake-no-object",
        "owns",
        rf"\bgives? (?P<s>{E}) (?P<mid>(?:a |an )?(?:[\w$.,%-]+ ){{0,4}}?(?:stake|interest|holding)\b|{BARE_SHARE}){_NO_OBJECT}(?= |[.,;]|$)",
        0.55,
        stake=True,
        keys="give",
    ),
    make_rule(
        # "X raised $140m led by Y. Z and W also took part.": part of the round just named
        # (the extractor takes only a stake read in the sentence before as the company)
        "took-part-no-object",
        "owns",
        # "A, B and the trading firm C also put money in, according to ...": money put in
        rf"(?P<s>{E}(?:(?:,| and|, and) (?:the (?:[\w-]+ ){{0,2}}?(?:investor|fund|backer|bank|firm|house|office) )?{E})*) (?:(?:also|too|both) )?(?:took part|participated|joined in|chipped in|put (?:money|cash|capital) in|put in money)(?=[.;]|$|,? (?:too|as well|alongside|according to)\b)",
        0.55,
        stake=True,
        keys="took part|participated|joined in|chipped in|money in|cash in|capital in|in money",
    ),
    make_rule(
        # "Existing backers A, B and C all put money into the round, as did D": the round is
        # the one last told, so the stake is in the company that last took one
        "into-the-round-no-object",
        "owns",
        rf"(?P<s>{E}(?:(?:,| and|, and) {E})*) (?:(?:all|also|too|both|each) )?(?:put|puts|poured|pours|invested|invests|put up) (?:(?:fresh |new |more |some )?(?:money|cash|capital|funds) )?(?:in|into) the (?:round|raise|financing|fundraise|fundraising)\b(?:,? as did (?P<s2>{E}(?:(?:,| and|, and) {E})*))?",
        0.55,
        stake=True,
        keys="into the round|in the round|into the raise|into the financing|in the financing",
    ),
    make_rule(
        # "About 40% of the workload is served by Google Cloud, and the rest by Scaleway"
        "work-served-by",
        "rents-capacity-to",
        rf"{_WORK} (?:is |are |was |were |will be |has been |have been )?(?:still |now |mostly |largely |also |currently |all |being )?(?:served|handled|run|hosted|powered|supplied|provided|done|carried out|happens|happen|happened|takes place|took place|runs|ran|comes|come|came|sits|lives) (?:[\w-]+ ){{0,2}}?(?:by|on|in|at|inside|from|with) (?:(?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:cluster|data cent(?:re|er)|campus|site|facility) (?:that |which |run by |operated by |owned by ))?(?P<s>{L})(?:,? and (?:the rest|[\w-]+(?: [\w-]+)?) (?:by|on|from|with) (?P<s2>{L}))?",
        0.6,
        usage=True,
        keys="training|inference|workload|comput|experiments|traffic",
    ),
    make_rule(
        # "Crusoe, which built the Abilene campus that Oracle leases": the builder's tenant
        "site-that-y-leases",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} (?:(?:which|that|also|has|had|have|already) )*(?:built|builds|owns|operates|runs|developed|develops)\b (?:the |a |an |its |{E}'s )?(?:[\w\x00\x01-]+ ){{0,3}}?(?:campus|site|data cent(?:re|er)|facility|cluster|buildings?) (?:that|which) (?P<o>{E}) (?:leases|rents|leased|rented|occupies|has leased|will lease)\b",
        0.65,
        keys="leas|rent|occup",
    ),
    make_rule(
        # "the capacity that Oracle leases to serve OpenAI": a cloud reselling to its customer
        "capacity-to-serve",
        "rents-capacity-to",
        rf"(?P<s>{E}) (?:leases|rents|leased|rented|buys|bought|uses|used) (?:[\w-]+ ){{0,3}}?to (?:serve|host|power|supply) (?P<o>{E})",
        0.6,
        keys="to serve|to host|to power|to supply",
    ),
    make_rule(
        # "X said it had raised $1.5 billion, with Nvidia among the investors"
        "raised-with-among",
        "owns",
        rf"(?P<o>{E}){AP} (?:[^;\x00]{{0,30}}? )?(?:raised|raises|has raised|had raised|closed|secured)\b[^;\x00]{{0,60}}?,? (?:with|and) (?P<s>{L}) (?:among|as one of) (?:the |its )?(?:[\w-]+ )?(?:investors|backers|participants|shareholders)\b",
        0.65,
        stake=True,
        keys="among|as one of",
    ),
)
