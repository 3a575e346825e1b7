package timex

import (
	"strings"
	"time"
)

// French rules. "mars" is a month only with a day, a year or "dernier"
// and "prochain" (else it is as likely the planet); "hier" is French
// only, German text never turning the French rules on.
const (
	frMonth   = `janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre`
	frWeekday = `lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`
	frNumber  = `\d+(?:[.,]\d+)?|une|un|deux|trois|quatre|cinquante|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|soixante|cent|plusieurs|quelques`
	frUnit    = `années|année|annees|annee|ans|an|mois|semaines|semaine|jours|jour|heures|heure|minutes|minute|secondes|seconde|décennies|décennie|siècles|siècle`
)

var (
	frMonthKeys   = strings.Fields("janvier vrier mars avril mai juin juillet août aoÛt aout septembre octobre novembre cembre")
	frWeekdayKeys = strings.Fields("lundi mardi mercredi jeudi vendredi samedi dimanche")
)

var frRules = []rule{
	{re: re(`\b(?:(?P<wd>` + frWeekday + `)\s+)?(?:(?P<pre>le|du|au)\s+)?(?P<d>1er|premier|[0-3]?\d)\s+(?P<mo>` + frMonth + `)\b(?:\s+(?P<y>\d{4})\b)?`), fn: euDate, need: frMonthKeys, script: french},
	{re: re(`\b(?:(?P<pre>en|depuis|dès|jusqu['’]en|jusqu['’]à|avant|après|début|fin|courant|d['’]ici|au\s+mois\s+de|le\s+mois\s+de|entre|de)\s+|(?P<mi>mi-))?(?P<mo>` + frMonth + `)\b(?:\s+(?P<y>\d{4})\b|\s+(?P<rel>dernier|prochain|passé))?`), fn: euMonth, need: frMonthKeys, script: french},
	{re: re(`\b(?:(?P<rel0>ce)\s+)?(?P<wd>` + frWeekday + `)(?P<pl>s)?\b(?:\s+(?P<rel>dernier|prochain|passé|précédent|suivant))?(?:\s+(?P<part>matin|après-midi|soir|soirée|nuit))?`), fn: euWeekday, need: frWeekdayKeys, script: french},
	{re: re(`(?P<w>aujourd['’]\s?hui|avant-hier|après-demain|hier|demain|actuellement|maintenant|récemment|ce\s+matin|ce\s+soir|cette\s+nuit|cet\s+après-midi|ces\s+jours-ci|à\s+l['’]heure\s+actuelle|prochainement|à\s+l['’]avenir|le\s+lendemain|la\s+veille)(?:\s+(?P<part>matin|après-midi|soir|midi|nuit))?`), fn: euWord, need: strings.Fields("aujourd hier demain actuel maintenant cemment matin soir nuit midi jours-ci prochainement avenir lendemain veille"), script: french},
	{re: re(`\b(?P<art>l['’]|le\s+|la\s+|cette\s+|ce\s+|cet\s+)(?:(?P<adj0>même|prochaine|prochain)\s+)?(?P<u>année|annee|an|mois|semaine|jour)(?P<ci>-ci|-là)?(?:\s+(?P<adj>dernière|dernier|passée|passé|prochaine|prochain|précédente|précédent|suivante|suivant|même))?`), fn: euUnit, need: strings.Fields("an mois semaine jour"), script: french},
	{re: re(`\b(?:(?P<pre>il\s+y\s+a|depuis|dans|pendant|durant|en|après|au\s+cours\s+des|ces|les|des|d['’]ici)\s+)?(?:(?:plus\s+de|moins\s+de|près\s+de|environ|presque)\s+)?(?P<num>` + frNumber + `)\s+(?:(?P<adj>derniers|dernières|prochains|prochaines)\s+)?(?P<unit>` + frUnit + `)(?:\s+(?P<post>plus\s+tard|auparavant|plus\s+tôt|après|avant))?`), fn: euNumUnit, need: strings.Fields("an mois semaine jour heure minute seconde cenni cennie cle"), script: french},
	{re: re(`\b(?:(?P<w>chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>\d+|deux|trois|quatre|cinq|six|dix)\s+)?(?P<unit>années|année|ans|an|mois|semaines|semaine|jours|jour|heures|heure|(?:` + frWeekday + `)s?)|(?P<adv>quotidiennement|hebdomadairement|mensuellement|annuellement))`), fn: euSet, need: strings.Fields("chaque tous toutes ment"), script: french},
}

var frLex = &lexicon{
	months: map[string]time.Month{
		"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
		"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	},
	weekdays: weekdayNames("dimanche lundi mardi mercredi jeudi vendredi samedi"),
	numbers: map[string]float64{
		"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
		"neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
		"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
		"plusieurs": -1, "quelques": -1,
	},
	units: unitNames(map[string]string{
		"year": "an ans annee annees", "month": "mois", "week": "semaine semaines", "day": "jour jours",
		"hour": "heure heures", "minute": "minute minutes", "second": "seconde secondes",
		"decade": "decennie decennies", "century": "siecle siecles",
	}),
	rel: map[string]string{
		"dernier": "last", "derniere": "last", "passe": "last", "passee": "last",
		"prochain": "next", "prochaine": "next",
		"ce": "this", "cet": "this", "cette": "this", "-ci": "this",
		"meme": "same", "-la": "same",
		"precedent": "previous", "precedente": "previous", "suivant": "following", "suivante": "following",
		"il y a": "ago", "plus tard": "later", "apres": "later", "auparavant": "earlier", "plus tot": "earlier", "avant": "earlier",
	},
	parts: map[string]string{"matin": "MO", "apres-midi": "AF", "soir": "EV", "soiree": "EV", "nuit": "NI", "midi": "MI"},
	words: map[string]wordRef{
		"aujourd'hui": {kind: "day"}, "aujourd' hui": {kind: "day"}, "hier": {kind: "day", n: -1},
		"avant-hier": {kind: "day", n: -2}, "demain": {kind: "day", n: 1}, "apres-demain": {kind: "day", n: 2},
		"ce matin": {kind: "day", part: "MO"}, "ce soir": {kind: "day", part: "EV"}, "cette nuit": {kind: "day", part: "NI"},
		"cet apres-midi": {kind: "day", part: "AF"},
		"le lendemain":   {kind: "day", n: 1, anchor: true}, "la veille": {kind: "day", n: -1, anchor: true},
		"actuellement": {kind: "PRESENT_REF"}, "maintenant": {kind: "PRESENT_REF"}, "ces jours-ci": {kind: "PRESENT_REF"},
		"a l'heure actuelle": {kind: "PRESENT_REF"}, "recemment": {kind: "PAST_REF"},
		"prochainement": {kind: "FUTURE_REF"}, "a l'avenir": {kind: "FUTURE_REF"},
	},
	adverbs: map[string]string{
		"quotidiennement": "P1D", "hebdomadairement": "P1W", "mensuellement": "P1M", "annuellement": "P1Y",
	},
	drop:       lexWords("en depuis des jusqu'en jusqu'a avant apres d'ici au mois de courant entre pendant durant dans"),
	weakBefore: lexWords("de"),
	lowerNames: true,
}
