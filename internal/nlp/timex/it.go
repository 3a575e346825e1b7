package timex

import (
	"strings"
	"time"
)

// Italian rules. "mar" (the sea) is no month form; month and day names
// are written in lower case, so a capitalised "Maggio" after "di" is a
// name.
const (
	itMonth   = `gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre`
	itWeekday = `lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica`
	itNumber  = `\d+(?:[.,]\d+)?|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|trenta|quaranta|cinquanta|cento|alcuni|alcune|diversi|diverse|pochi|poche|molti|molte`
	itUnit    = `anni|anno|mesi|mese|settimane|settimana|giorni|giorno|ore|ora|minuti|minuto|secondi|secondo|decenni|decennio|secoli|secolo`
)

var (
	itMonthKeys   = strings.Fields("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre")
	itWeekdayKeys = strings.Fields("luned marted mercoled gioved venerd sabato domenica")
)

var itRules = []rule{
	{re: re(`\b(?:(?P<wd>` + itWeekday + `),?\s+)?(?:(?P<pre>il|l['’]|dal|al|del)\s*)?(?P<d>1º|1°|primo|[0-3]?\d)\s+(?P<mo>` + itMonth + `)\b(?:\s+(?:del\s+)?(?P<y>\d{4})\b)?`), fn: euDate, need: itMonthKeys, script: italian},
	{re: re(`\b(?:(?P<pre>a\s+inizio|a\s+fine|a\s+metà|all['’]inizio\s+di|alla\s+fine\s+di|inizio|fine|metà|fino\s+a|lo\s+scorso|il\s+prossimo|nel\s+mese\s+di|nel|a|ad|in|da|dal|entro|questo|scorso|prossimo|di|tra|fra)\s+)?(?P<mo>` + itMonth + `)\b(?:\s+(?:del\s+)?(?P<y>\d{4})\b|\s+(?P<rel>scorso|prossimo|passato|di\s+quest['’]anno|dell['’]anno\s+scorso|del\s+prossimo\s+anno|dell['’]anno\s+prossimo)\b)?`), fn: euMonth, need: itMonthKeys, script: italian},
	{re: re(`\b(?:(?P<rel0>lo\s+scorso|la\s+scorsa|il\s+prossimo|la\s+prossima|questo|questa|scorso|scorsa|prossimo|prossima)\s+)?(?P<wd>` + itWeekday + `)(?:\s+(?P<rel>scorso|scorsa|prossimo|prossima|passato|passata)\b)?(?:\s+(?P<part>mattina|mattino|pomeriggio|sera|notte)\b)?`), fn: euWeekday, need: itWeekdayKeys, script: italian},
	{re: re(`\b(?P<w>oggigiorno|oggi|ieri\s+l['’]altro|l['’]altro\s+ieri|ieri|dopodomani|domani|avantieri|stamattina|stamani|stasera|stanotte|attualmente|adesso|recentemente|di\s+recente|in\s+futuro|prossimamente|l['’]indomani)(?:\s+(?P<part>mattina|mattino|pomeriggio|sera|notte))?\b`), fn: euWord, need: strings.Fields("oggi ieri domani stamattina stamani stasera stanotte attualmente adesso recente futuro prossimamente indomani"), script: italian},
	{re: re(`\b(?P<art>l['’]|lo\s+|il\s+|la\s+|quest['’]|questo\s+|questa\s+|quell['’]|quello\s+|quella\s+|quel\s+|nello\s+|nella\s+|nel\s+|nell['’]|dello\s+|della\s+|del\s+|dell['’])(?:(?P<adj0>stesso|stessa|scorso|scorsa|prossimo|prossima|passato|passata|medesimo|medesima)\s+)?(?P<u>anno|mese|settimana|giorno)\b(?:\s+(?P<adj>scorso|scorsa|passato|passata|prossimo|prossima|precedente|successivo|successiva|seguente|dopo|prima|stesso|stessa)\b)?`), fn: euUnit, need: strings.Fields("anno mese settimana giorno"), script: italian},
	{re: re(`\b(?:(?P<pre>tra|fra|da|per|entro|negli\s+ultimi|nelle\s+ultime|gli\s+ultimi|le\s+ultime|nei\s+prossimi|nelle\s+prossime|i\s+prossimi|le\s+prossime)\s+)?(?:(?:più\s+di|meno\s+di|circa|quasi|oltre)\s+)?(?:(?P<num>` + itNumber + `)\s+|(?P<num1>un)['’])(?P<unit>` + itUnit + `)\b(?:\s+(?P<post>fa|prima|dopo|più\s+tardi|or\s+sono|addietro)\b)?`), fn: euNumUnit, need: strings.Fields("anni anno mesi mese settiman giorn ore ora minut second decenn secol"), script: italian},
	{re: re(`\b(?:(?P<w>ogni|tutti\s+gli|tutti\s+i|tutte\s+le)\s+(?:(?P<num>\d+|due|tre|quattro|cinque|sei|dieci)\s+)?(?P<unit>anni|anno|mesi|mese|settimane|settimana|giorni|giorno|ore|ora|` + itWeekday + `)|(?P<adv>annualmente|mensilmente|settimanalmente|quotidianamente|giornalmente)\b)`), fn: euSet, need: strings.Fields("ogni tutti tutte mente"), script: italian},
}

var itLex = &lexicon{
	months: map[string]time.Month{
		"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
		"agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
	},
	weekdays: weekdayNames("domenica lunedi martedi mercoledi giovedi venerdi sabato"),
	numbers: map[string]float64{
		"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
		"otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20,
		"trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100,
		"alcuni": -1, "alcune": -1, "diversi": -1, "diverse": -1, "pochi": -1, "poche": -1, "molti": -1, "molte": -1,
	},
	units: unitNames(map[string]string{
		"year": "anno anni", "month": "mese mesi", "week": "settimana settimane", "day": "giorno giorni",
		"hour": "ora ore", "minute": "minuto minuti", "second": "secondo secondi",
		"decade": "decennio decenni", "century": "secolo secoli",
	}),
	rel: map[string]string{
		"scorso": "last", "scorsa": "last", "passato": "last", "passata": "last",
		"prossimo": "next", "prossima": "next",
		"questo": "this", "questa": "this", "quest'": "this",
		"stesso": "same", "stessa": "same", "medesimo": "same", "medesima": "same",
		"quel": "same", "quello": "same", "quella": "same", "quell'": "same",
		"precedente": "previous", "prima": "previous",
		"successivo": "following", "successiva": "following", "seguente": "following", "dopo": "following",
		"fa": "ago", "or sono": "ago", "addietro": "ago", "piu tardi": "later",
		"di quest'anno": "ythis", "dell'anno scorso": "ylast", "del prossimo anno": "ynext", "dell'anno prossimo": "ynext",
	},
	parts: map[string]string{"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"},
	words: map[string]wordRef{
		"oggi": {kind: "day"}, "ieri": {kind: "day", n: -1}, "domani": {kind: "day", n: 1}, "dopodomani": {kind: "day", n: 2},
		"ieri l'altro": {kind: "day", n: -2}, "l'altro ieri": {kind: "day", n: -2}, "avantieri": {kind: "day", n: -2},
		"stamattina": {kind: "day", part: "MO"}, "stamani": {kind: "day", part: "MO"},
		"stasera": {kind: "day", part: "EV"}, "stanotte": {kind: "day", part: "NI"},
		"l'indomani":  {kind: "day", n: 1, anchor: true},
		"attualmente": {kind: "PRESENT_REF"}, "adesso": {kind: "PRESENT_REF"}, "oggigiorno": {kind: "PRESENT_REF"},
		"recentemente": {kind: "PAST_REF"}, "di recente": {kind: "PAST_REF"},
		"in futuro": {kind: "FUTURE_REF"}, "prossimamente": {kind: "FUTURE_REF"},
	},
	adverbs: map[string]string{
		"annualmente": "P1Y", "mensilmente": "P1M", "settimanalmente": "P1W", "quotidianamente": "P1D", "giornalmente": "P1D",
	},
	drop:       lexWords("a ad in da dal di nel nello nella nell' nei negli nelle mese fino entro tra fra per dello della del dell'"),
	weakBefore: lexWords("di da a ad"),
	lowerNames: true,
}
